namespace Concordia.Domain.Agencies;

public enum AgencyKind
{
    Ministry,
    Police,
    Gendarmerie,
    Military,
    CivilProtection,
    Other,
}

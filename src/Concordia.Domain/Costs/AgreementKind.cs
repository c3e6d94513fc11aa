namespace Concordia.Domain.Costs;

/// <summary>What kind of instrument a contributing country's officers come under.</summary>
public enum AgreementKind
{
    IntergovernmentalAgreement,
    MemorandumOfUnderstanding,
    InvitationLetter,
    ExchangeOfLetters,
}

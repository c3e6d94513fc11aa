namespace Concordia.Domain.Legal;

/// <summary>What foreign officers wear on duty (Paris 2024: national uniform; EURO 2024: civilian clothes with a police vest).</summary>
public enum Uniform
{
    NationalUniform,
    HostUniform,
    CivilianWithPoliceVest,
    CivilianClothes,
}

namespace Concordia.Domain.Costs;

/// <summary>What a contingent's money goes on; an agreement says who pays each.</summary>
public enum CostCategory
{
    Lodging,
    Transport,
    PerDiem,
    Uniforms,
    Fuel,
    Other,
}

namespace Concordia.Planning.Rules;

/// <summary>Checked by the validator only (the engine moves teams as one): members of a team share every duty.</summary>
internal sealed class TeamTogetherRule : Rule
{
    public override string Description => "Members of a team (handler and dog, a unit) are on exactly the same duties.";

    public override bool Adjustable => false;
}

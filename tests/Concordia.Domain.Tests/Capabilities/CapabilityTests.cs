using Concordia.Domain.Capabilities;

namespace Concordia.Domain.Tests.Capabilities;

public sealed class CapabilityTests
{
    [Fact]
    public void An_explosive_detection_canine_team_has_a_dog()
    {
        var result = Capability.Create(Build.Paris(), "k9", "Explosive-detection canine team", CapabilityKind.ExplosiveDetectionCanineTeam, 1, persons: 1, dogs: 0);

        Assert.Equal("dogs", Assert.Single(result.Errors).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Type_level_is_one_to_four_as_in_NIMS(int typeLevel)
    {
        var result = Capability.Create(Build.Paris(), "p", "Patrol", CapabilityKind.PatrolOfficer, typeLevel);

        Assert.Equal("typeLevel", Assert.Single(result.Errors).Field);
    }
}

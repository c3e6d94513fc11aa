using Concordia.Data.Scenarios;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Scenarios;

public sealed class ScenarioReaderTests
{
    [Fact]
    public void A_latitude_off_the_globe_is_reported_with_its_path_and_range()
    {
        var file = TestScenario.Small();
        var text = TestScenario.Json(file with { Sites = [file.Sites[0] with { Location = new(91, 2) }, .. file.Sites.Skip(1)] });

        var result = ScenarioReader.Read(text);

        Assert.Equal("sites[0].location.lat: must be between -90 and 90", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Missing_properties_and_unknown_ones_are_each_named()
    {
        const string text = """{"formatVersion":"1.0","event":{"code":"x","name":"X","hostCountry":"FR","timeZone":"Europe/Paris","start":"2024-01-01","end":"2024-01-02","colour":"blue"},"alertScale":{"code":"a","name":"A","levels":[{"code":"l","name":"L","rank":1}],"currentLevel":"l"},"capabilities":[{"code":"c","name":"C","kind":"patrol-officer"}],"sites":[],"requirements":[]}""";

        var errors = ScenarioReader.Read(text).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains("event.colour: is not a known property", errors);
        Assert.Contains("capabilities[0].typeLevel: is required", errors);
    }

    [Fact]
    public void A_newer_format_version_is_refused()
    {
        var text = TestScenario.Json(TestScenario.Small() with { FormatVersion = "2.0" });

        Assert.Equal("formatVersion", Assert.Single(ScenarioReader.Read(text).Errors).Field);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var result = ScenarioReader.Read("{\n  \"formatVersion\": \"1.0\",\n  \"event\": {\n}}}");

        Assert.StartsWith("line ", Assert.Single(result.Errors).Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Semantic_errors_name_the_element_of_the_file()
    {
        var file = TestScenario.Small();
        var broken = file with
        {
            Capabilities = [.. file.Capabilities, file.Capabilities[0]],
            Requirements = [file.Requirements[0] with { Capability = "nope", Start = "2024-07-30T06:00", End = "2024-07-30T14:00" }],
        };

        var errors = ScenarioMapper.ToDomain(broken).Errors.Select(e => e.Field).ToList();

        Assert.Contains("capabilities[3].code", errors);
        Assert.Contains("requirements[0].capability", errors);
    }

    [Fact]
    public void A_wall_clock_time_that_the_clocks_skip_is_refused()
    {
        var file = TestScenario.Small() with { };
        var ev = file.Event with { Start = new DateOnly(2024, 3, 30), End = new DateOnly(2024, 4, 2), Phases = [] };
        var broken = file with { Event = ev, Requirements = [file.Requirements[0] with { Start = "2024-03-31T02:30", End = "2024-03-31T06:00" }] };

        var error = Assert.Single(ScenarioMapper.ToDomain(broken).Errors);

        Assert.Equal("requirements[0].start", error.Field);
    }

    [Fact]
    public void The_demo_scenarios_in_the_repository_are_valid()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "scenario.json", SearchOption.AllDirectories))
        {
            var file = ScenarioReader.Read(File.ReadAllText(path));
            Assert.True(file.IsSuccess, path + ": " + string.Join("; ", file.Errors.Take(5)));
            var graph = ScenarioMapper.ToDomain(file.Value);
            Assert.True(graph.IsSuccess, path + ": " + string.Join("; ", graph.Errors.Take(5)));
        }
    }
}

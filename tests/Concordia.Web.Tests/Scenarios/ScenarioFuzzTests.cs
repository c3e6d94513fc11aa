using System.Text.Json.Nodes;
using Concordia.Data.Scenarios;
using Concordia.Web.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Web.Tests.Scenarios;

/// <summary>
/// Damaged scenario files, made at random from a valid one: the reader must answer with errors that name a place in
/// the file, never throw, and never accept a document that breaks a rule.
/// </summary>
public sealed class ScenarioFuzzTests
{
    private static readonly string Valid = TestScenario.Json(TestScenario.Small("fuzz"));

    private static readonly JsonNode?[] Replacements =
        [null, JsonValue.Create(-1), JsonValue.Create(1e308), JsonValue.Create(""), JsonValue.Create("x"), JsonValue.Create(true),
         new JsonArray(), new JsonObject(), JsonValue.Create("2024-13-45T99:99"), JsonValue.Create(0.5)];

    [Fact]
    public void Replacing_any_value_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt, PositiveInt>(ReplaceValue));

    [Fact]
    public void Removing_any_property_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<PositiveInt>(RemoveProperty));

    [Fact]
    public void Truncating_the_file_anywhere_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<PositiveInt>(cut => Answers(Valid[..(cut.Get % Valid.Length)])));

    private static bool ReplaceValue(PositiveInt pick, PositiveInt replacement)
    {
        var root = JsonNode.Parse(Valid)!;
        var leaves = Leaves(root).ToList();
        var target = leaves[pick.Get % leaves.Count];
        var value = Replacements[replacement.Get % Replacements.Length]?.DeepClone();
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }

        return Answers(root.ToJsonString());
    }

    private static bool RemoveProperty(PositiveInt pick)
    {
        var root = JsonNode.Parse(Valid)!;
        var properties = Leaves(root).Concat(Containers(root)).Where(n => n.Parent is JsonObject).ToList();
        var target = properties[pick.Get % properties.Count];
        ((JsonObject)target.Parent!).Remove(target.GetPropertyName());
        return Answers(root.ToJsonString());
    }

    private static bool Answers(string text)
    {
        var file = ScenarioReader.Read(text);
        if (!file.IsSuccess)
        {
            return file.Errors.All(e => e.Field.Length > 0 && e.Message.Length > 0);
        }

        var graph = ScenarioMapper.ToDomain(file.Value);
        return graph.IsSuccess || graph.Errors.All(e => e.Field.Length > 0 && e.Message.Length > 0);
    }

    private static IEnumerable<JsonNode> Leaves(JsonNode node) => node switch
    {
        JsonObject obj => obj.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Leaves(v!)),
        JsonArray array => array.Where(v => v is not null).SelectMany(v => Leaves(v!)),
        _ => [node],
    };

    private static IEnumerable<JsonNode> Containers(JsonNode node) => node switch
    {
        JsonObject obj => obj.Select(p => p.Value).OfType<JsonNode>().Where(v => v is JsonObject or JsonArray).SelectMany(v => Containers(v).Prepend(v)),
        JsonArray array => array.OfType<JsonNode>().Where(v => v is JsonObject or JsonArray).SelectMany(v => Containers(v).Prepend(v)),
        _ => [],
    };
}

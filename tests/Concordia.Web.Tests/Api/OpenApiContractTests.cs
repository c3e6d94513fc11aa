using System.Text.Json.Nodes;
using Concordia.Tests.Shared;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

/// <summary>
/// The OpenAPI document as a client author meets it (issue 13, point 7), judged by outside tools: Redocly's linter
/// finds no error, and a TypeScript client generated from it (openapi-typescript) compiles under tsc --strict,
/// with the bearer scheme, problem answers, file media types, the EDXL body, optional fields and integers typed.
/// </summary>
public sealed class OpenApiContractTests(Apps apps) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("concordia-openapi-").FullName;

    [Fact]
    public async Task Redocly_finds_no_error_in_the_document()
    {
        var redocly = NodeTools.Command("redocly");
        var document = await WriteDocumentAsync();

        // The linter exits 1 when it finds an error (a failure of RunAsync); warnings do not count.
        await ExternalTool.RunAsync(redocly, "lint", document, "--format=stylish");
    }

    [Fact]
    public async Task A_client_generated_from_the_document_compiles_and_types_what_the_api_does()
    {
        var generator = NodeTools.Command("openapi-typescript");
        var compiler = NodeTools.Command("tsc");
        var document = await WriteDocumentAsync();
        await ExternalTool.RunAsync(generator, document, "--output", Path.Combine(folder, "api.ts"));
        // Each line is a claim about the contract; @ts-expect-error lines fail the build when the error they expect is gone.
        await File.WriteAllTextAsync(Path.Combine(folder, "client.ts"), """
            import type { paths, components } from "./api";

            // Signing in needs a user name and password only; the second factor and token name are optional.
            const signIn: components["schemas"]["TokenRequest"] = { userName: "liaison.pl@concordia.demo", password: "secret" };

            // Integers are numbers, not "number or string".
            const version: components["schemas"]["PledgeWriteDto"]["version"] = 3;
            // @ts-expect-error a quantity is never a string
            const quantity: components["schemas"]["PledgeLineWriteDto"]["quantity"] = "3";

            // Files come with their media types.
            type Badge = paths["/api/v1/members/{memberId}/badge.pdf"]["get"]["responses"][200]["content"]["application/pdf"];
            type Board = paths["/api/v1/events/{eventId}/status-board/export.xlsx"]["get"]["responses"][200]["content"]["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];
            type Edxl = paths["/api/v1/asks/{askId}/edxl"]["get"]["responses"][200]["content"]["application/xml"];

            // The EDXL answer is uploaded as XML.
            type EdxlAnswer = paths["/api/v1/asks/{askId}/edxl"]["post"]["requestBody"]["content"]["application/xml"];

            // Errors are problem details, with the answers the pipeline gives.
            type Missing = paths["/api/v1/asks/{askId}/edxl"]["get"]["responses"][404]["content"]["application/problem+json"];
            type SignedOut = paths["/api/v1/asks/{askId}/edxl"]["get"]["responses"][401]["content"]["application/problem+json"];
            type Refused = paths["/api/v1/asks/{askId}/edxl"]["post"]["responses"][403]["content"]["application/problem+json"];
            type Conflict = paths["/api/v1/asks/{askId}/edxl"]["post"]["responses"][409]["content"]["application/problem+json"];
            type Throttled = paths["/api/v1/auth/token"]["post"]["responses"][429]["content"]["application/problem+json"];
            const missing: Missing = { status: 404, title: "Not found" };

            export const claims = [signIn, version, quantity, missing] as const;
            export type Files = [Badge, Board, Edxl, EdxlAnswer, SignedOut, Refused, Conflict, Throttled];
            """);

        await ExternalTool.RunAsync(compiler, "--strict", "--noEmit", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler",
            Path.Combine(folder, "client.ts"));
    }

    [Fact]
    public async Task Every_operation_that_needs_a_caller_names_the_bearer_scheme_and_documents_401_and_429()
    {
        var document = JsonNode.Parse(await (await apps.GetAsync(Databases.Sqlite)).CreateClient().GetStringAsync("/openapi/v1.json"))!;

        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(op => (Path: p.Key, Operation: op.Value!))).ToList();
        Assert.All(operations, o =>
        {
            var responses = o.Operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("429"), $"{o.Path} documents 429");
            Assert.Contains(responses, r => r.Key.StartsWith('2'));
            var needsCaller = o.Operation["security"]!.AsArray().Any(r => r!.AsObject().ContainsKey("bearer"));
            Assert.True(!needsCaller || responses.ContainsKey("401"), $"{o.Path} documents 401");
            Assert.True(!o.Path.Contains('{', StringComparison.Ordinal) || responses.ContainsKey("404"), $"{o.Path} documents 404");
        });
        Assert.DoesNotContain("\"pattern\"", document.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_declares_each_parameter_of_its_path_and_ids_are_uuids()
    {
        var document = JsonNode.Parse(await (await apps.GetAsync(Databases.Sqlite)).CreateClient().GetStringAsync("/openapi/v1.json"))!;

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(op => (Path: p.Key, Operation: op.Value!))).ToList();
        Assert.Contains(operations, o => o.Path == "/api/v1/units/{unitId}/equipment/{itemId}");
        Assert.All(operations, o =>
        {
            var declared = (o.Operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "path")
                .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);
            foreach (var name in System.Text.RegularExpressions.Regex.Matches(o.Path, "{([^}]+)}").Select(m => m.Groups[1].Value))
            {
                Assert.True(declared.TryGetValue(name, out var schema), $"{o.Path} declares {name}");
                Assert.True(!name.EndsWith("Id", StringComparison.Ordinal) || schema["format"]?.GetValue<string>() == "uuid", $"{o.Path}: {name} is a uuid");
            }
        });
    }

    private async Task<string> WriteDocumentAsync()
    {
        var path = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(path, await (await apps.GetAsync(Databases.Sqlite)).CreateClient().GetStringAsync("/openapi/v1.json"));
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

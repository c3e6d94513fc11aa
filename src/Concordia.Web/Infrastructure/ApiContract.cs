using Concordia.Web.Features.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.OpenApi;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// What the OpenAPI document says beyond each endpoint's own result types, from the same metadata the app acts on:
/// the bearer-token scheme on every operation that needs a caller, the RFC 7807 answers the pipeline gives (401
/// without a caller, 403 when a role does not allow it, 404 for an unknown id in the path, 409 for conflicts on
/// writes, 429 over the rate limit), files and their media types, and bodies the handlers read themselves.
/// </summary>
public static class ApiContract
{
    public const string BearerScheme = "bearer";

    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";
    public const string Zip = "application/zip";
    public const string Xml = "application/xml";
    public const string OctetStream = "application/octet-stream";

    private const string ProblemJson = "application/problem+json";

    /// <summary>A convention for the API group: the error answers each endpoint can give, as response metadata.</summary>
    public static void DocumentErrors(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var statuses = new List<int>();
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
            // Any signed-in caller passes "signed-in"; every other policy can refuse a role.
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null and not Policies.SignedIn))
            {
                statuses.Add(StatusCodes.Status403Forbidden);
            }
        }

        if (endpoint is RouteEndpointBuilder route && route.RoutePattern.Parameters.Any(p => p.ParameterKind == Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterKind.Standard))
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        var methods = metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        if (methods.Any(m => m is "POST" or "PUT" or "DELETE" or "PATCH"))
        {
            statuses.Add(StatusCodes.Status409Conflict);
        }

        statuses.Add(StatusCodes.Status429TooManyRequests);
        var documented = metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet();
        foreach (var status in statuses.Where(s => !documented.Contains(s)))
        {
            metadata.Add(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), [ProblemJson]));
        }
    }

    /// <summary>The document as a whole: the bearer scheme, operations that need it, and ids for generated clients.</summary>
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Concordia API";
            document.Info.Description = "Events, sites, capabilities, alert levels, requirements, requests for assistance, pledges, contingents and "
                + "their vetting of international security reinforcement. Scripts send a bearer token from POST /api/v1/auth/token. "
                + "Errors are RFC 7807 problem details.";
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "cdt_…",
                Description = "A token from POST /api/v1/auth/token. Pages use the sign-in cookie instead.",
            };
            return Task.CompletedTask;
        });
        // A nullable member may be left out of a request (the server reads it as null); only the others are required.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (schema.Required is { Count: > 0 } required)
            {
                foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.IsSetNullable || Nullable.GetUnderlyingType(p.PropertyType) is not null))
                {
                    required.Remove(property.Name);
                }
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            // An empty requirement says "no credentials needed" (sign-in itself, public schemas).
            operation.Security = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any()
                ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }]
                : [new OpenApiSecurityRequirement()];

            DeclareRouteParameters(operation, context.Description.RelativePath);
            var method = context.Description.HttpMethod?.ToLowerInvariant() ?? "get";
            operation.OperationId ??= method + string.Concat((context.Description.RelativePath ?? string.Empty)
                .Split('/', '-', '.', '{', '}', ':')
                .Where(part => part.Length > 0 && part is not "api" and not "v1" && !part.All(char.IsDigit) && part is not "guid" and not "int")
                .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Every parameter of the route is declared, also one a handler reads from the route values itself (a holder's id
    /// shared by a group of endpoints): a uuid for a <c>guid</c> constraint, an integer for <c>int</c>, else a string.
    /// </summary>
    private static void DeclareRouteParameters(OpenApiOperation operation, string? relativePath)
    {
        if (relativePath is null)
        {
            return;
        }

        operation.Parameters ??= [];
        var declared = operation.Parameters.Where(p => p.In == ParameterLocation.Path).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in RoutePatternFactory.Parse(relativePath).Parameters.Where(p => !declared.Contains(p.Name)))
        {
            var constraints = parameter.ParameterPolicies.Select(p => p.Content).ToList();
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Path,
                Required = true,
                Schema = constraints.Contains("guid") ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" }
                    : constraints.Contains("int") ? new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" }
                    : new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }

    /// <summary>The endpoint answers 200 with a file of one of these media types.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder endpoint, params string[] mediaTypes) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse { Description = "The file.", Content = Binary(mediaTypes) };
            return Task.CompletedTask;
        });

    /// <summary>The endpoint reads a body of one of these media types itself (no model binding describes it).</summary>
    public static RouteHandlerBuilder AcceptsDocument(this RouteHandlerBuilder endpoint, string description, params string[] mediaTypes) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody { Required = true, Description = description, Content = Binary(mediaTypes) };
            return Task.CompletedTask;
        });

    private static Dictionary<string, OpenApiMediaType> Binary(string[] mediaTypes) =>
        mediaTypes.ToDictionary(m => m, m => new OpenApiMediaType
        {
            Schema = m.EndsWith("json", StringComparison.Ordinal)
                ? new OpenApiSchema { Type = JsonSchemaType.Object }
                : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
        });
}

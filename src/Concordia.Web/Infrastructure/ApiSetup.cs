using System.Text.Json;
using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace Concordia.Web.Infrastructure;

public static class ApiSetup
{
    /// <summary>JSON conventions, ProblemDetails for every error, and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddConcordiaApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            InstantConverters.AddTo(o.SerializerOptions);
            // Numbers are numbers: no "42" for 42, so that the OpenAPI document types integers as integers.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        // Unreadable requests throw in every environment (not only in Development), so that ExceptionToProblem answers
        // with the field that is wrong rather than a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ExceptionToProblem>();
        builder.Services.AddOpenApi("v1", o =>
        {
            ApiContract.Configure(o);
            o.AddSchemaTransformer(InstantConverters.DescribeAsync);
        });
        return builder;
    }

    /// <summary>Errors as ProblemDetails on the API; the pages keep their own not-found page.</summary>
    public static WebApplication UseConcordiaErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the status-code pages, so that a re-executed request finds the not-found page's endpoint
        // (with routing only at the start of the pipeline an unknown address answered 404 with an empty body).
        app.UseRouting();
        return app;
    }

    public static WebApplication MapConcordiaApiReference(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Concordia API reference").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts())
            .AllowAnonymous();
        return app;
    }
}

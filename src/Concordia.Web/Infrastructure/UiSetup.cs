using Concordia.Web.Components.Shared;
using Microsoft.AspNetCore.Localization;

namespace Concordia.Web.Infrastructure;

public static class UiSetup
{
    public static WebApplicationBuilder AddConcordiaUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        return builder;
    }

    /// <summary>The languages a user may choose, each by its own name.</summary>
    public static readonly IReadOnlyList<(string Culture, string Name)> Languages = [("en-GB", "English"), ("fr-FR", "Français")];

    /// <summary>
    /// Dates, numbers and the words for values in the reader's language: the one they chose (a cookie set by
    /// <c>POST /account/language</c>), else the browser's Accept-Language; British English (day before month, 24-hour
    /// clock) by default, French for French readers. Interactive pages keep the culture of the request that opened them.
    /// </summary>
    public static WebApplication UseConcordiaCultures(this WebApplication app)
    {
        string[] cultures = ["en-GB", "fr-FR", "fr", "en"];
        app.UseRequestLocalization(o => o.SetDefaultCulture("en-GB").AddSupportedCultures(cultures).AddSupportedUICultures(cultures));
        return app;
    }

    /// <summary>Keeps the reader's choice of language for a year.</summary>
    public static IResult ChooseLanguage(HttpContext http, string? culture, string? returnUrl)
    {
        if (Languages.All(l => l.Culture != culture))
        {
            return ApiProblems.Invalid("culture", $"must be one of {string.Join(", ", Languages.Select(l => l.Culture))}");
        }

        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
        return TypedResults.LocalRedirect(Features.Account.LocalUrl.OrHome(returnUrl));
    }
}

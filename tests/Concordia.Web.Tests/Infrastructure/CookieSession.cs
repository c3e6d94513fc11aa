using System.Net;
using System.Text.RegularExpressions;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// A client that signs in as a browser does: through the sign-in form, keeping the cookies. It can also read the
/// antiforgery token a page of the app hands to the signed-in user.
/// </summary>
public static partial class CookieSession
{
    public static async Task<HttpClient> SignInAsync(ConcordiaApp app, string userName, string password)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = Hidden(await client.GetStringAsync("/account/login"));
        form["Input.UserName"] = userName;
        form["Input.Password"] = password;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"sign-in of {userName} answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>
    /// The antiforgery token of a form the app renders for the signed-in user: the second sign-in step's, a plain
    /// server-rendered page (the sign-in page itself sends a signed-in reader on, and the other pages render in the
    /// browser's live connection).
    /// </summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client) =>
        Hidden(await client.GetStringAsync("/account/login-2fa"))["__RequestVerificationToken"];

    private static Dictionary<string, string> Hidden(string html) =>
        // A page may hold several forms (the sign-in page also has the language choice), each with the same hidden fields: the first counts.
        HiddenInput().Matches(html).GroupBy(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}

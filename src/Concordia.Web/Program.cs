using Concordia.Web.Components;
using Concordia.Web.Features.Account;
using Concordia.Web.Features.Demo;
using Concordia.Web.Features.Health;
using Concordia.Web.Features.Notifications;
using Concordia.Web.Features.Planning;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddConcordiaLogging();
builder.AddConcordiaData();
builder.AddConcordiaSecurity();
builder.AddConcordiaApi();
builder.AddConcordiaHealth();
builder.AddConcordiaNotifications();
builder.AddConcordiaPlanning();
builder.AddConcordiaUi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseConcordiaErrorHandling();
app.UseConcordiaCultures();
app.UseConcordiaSecurity();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapConcordiaApi();
app.MapConcordiaApiReference();
app.MapConcordiaHealth();
app.MapAccountEndpoints();
// Our own policy (SecurityHeaders) already says frame-ancestors 'none'.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
await app.RunAsync();

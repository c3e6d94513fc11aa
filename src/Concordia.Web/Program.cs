using Concordia.Web.Components;
using Concordia.Web.Features.Demo;
using Concordia.Web.Features.Health;
using Concordia.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddConcordiaLogging();
builder.AddConcordiaData();
builder.AddConcordiaApi();
builder.AddConcordiaHealth();
builder.AddConcordiaUi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseConcordiaErrorHandling();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapConcordiaApi();
app.MapConcordiaApiReference();
app.MapConcordiaHealth();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();

using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Bench.Load;

var url = new Option<string>("--url") { Description = "Address of the running app.", Required = true };
var user = new Option<string>("--user") { Description = "Account to sign in with.", DefaultValueFactory = _ => "observer@concordia.demo" };
var password = new Option<string>("--password") { Description = "Its password.", Required = true };
var eventCode = new Option<string>("--event") { Description = "Event whose board and members are read.", DefaultValueFactory = _ => "paris-2024" };
var country = new Option<string>("--country") { Description = "Country whose member list is read.", DefaultValueFactory = _ => "PL" };
var clients = new Option<int[]>("--clients") { Description = "Concurrent clients, one run each (e.g. 20 50).", DefaultValueFactory = _ => [50], AllowMultipleArgumentsPerToken = true };
var seconds = new Option<int>("--seconds") { Description = "Timed run per endpoint and client count.", DefaultValueFactory = _ => 30 };
var warmup = new Option<int>("--warmup") { Description = "Untimed run before each timed one, in seconds.", DefaultValueFactory = _ => 5 };
var label = new Option<string>("--label") { Description = "What is measured (the build), for the table.", DefaultValueFactory = _ => "this build" };
var root = new RootCommand("HTTP load on the status board and the member list of a running Concordia, side by side.")
{
    url, user, password, eventCode, country, clients, seconds, warmup, label,
};
root.SetAction(async (parse, cancellationToken) =>
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri(parse.GetValue(url)!),
        Timeout = TimeSpan.FromMinutes(2),
    };
    using (var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = parse.GetValue(user), password = parse.GetValue(password), lifetimeHours = 2 }, cancellationToken))
    {
        token.EnsureSuccessStatusCode();
        var body = await token.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["token"]!.GetValue<string>());
    }

    var events = await http.GetFromJsonAsync<JsonArray>("/api/v1/events", cancellationToken);
    var id = events!.Single(e => e!["code"]!.GetValue<string>() == parse.GetValue(eventCode))!["id"]!.GetValue<Guid>();
    var paths = new[]
    {
        ("status board", $"/api/v1/events/{id}/status-board?by=country"),
        ("member list", $"/api/v1/events/{id}/countries/{parse.GetValue(country)}/members"),
    };

    Console.WriteLine($"| build | endpoint | clients | answers | not 200 | answers/s | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
    foreach (var count in parse.GetValue(clients)!)
    {
        foreach (var (name, path) in paths)
        {
            var r = await LoadRun.RunAsync(http, path, count, TimeSpan.FromSeconds(parse.GetValue(warmup)), TimeSpan.FromSeconds(parse.GetValue(seconds)), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {parse.GetValue(label)} | {name} | {r.Clients} | {r.Answers} | {r.Failures} | {r.PerSecond:F1} | {r.P50:F0} | {r.P95:F0} | {r.P99:F0} | {r.Max:F0} |"));
        }
    }

    return 0;
});
return await root.Parse(args).InvokeAsync();

using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 for the mail tests: it receives what the app sends, as a mail relay would.</summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Store store = new();
    private readonly Task running;

    public LoopbackSmtp()
    {
        // A free port: the one the system gives a listener, released for the server to take.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>The messages received so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. store.Messages];

    /// <summary>Waits (at most a minute) until a received message matches.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (store.Messages.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await store.Arrived.WaitAsync(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        throw new TimeoutException("No such message arrived within a minute; received: " + string.Join(" | ", store.Messages.Select(m => m.Subject)));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await running.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public SemaphoreSlim Arrived { get; } = new(0);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            Arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cms.Web.Tests.Search;

/// <summary>The site as a real process on a loopback port, over a data directory the test owns: it can be killed
/// with SIGKILL (no shutdown code runs) and started again.</summary>
internal sealed class SiteProcess : IDisposable
{
    private const int KeptLines = 200;

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private SiteProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the process wrote (standard output and error), for a failure's message.</summary>
    public string RecentOutput => string.Join('\n', output);

    public static Task<SiteProcess> StartAsync(string dataDirectory) => StartAsync(dataDirectory, TestDatabase.Settings(dataDirectory));

    /// <summary>Starts the site over <paramref name="dataDirectory"/> with host <paramref name="settings"/> (its database
    /// among them) and further <paramref name="environment"/> variables; <paramref name="port"/> 0 takes a free one.</summary>
    public static async Task<SiteProcess> StartAsync(
        string dataDirectory, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string>? environment = null, int port = 0)
    {
        var webProject = Path.Combine(RepoPaths.Root, "src", "Cms.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var address = new Uri($"http://127.0.0.1:{(port == 0 ? FreePort() : port)}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(webProject, "bin", configuration, "net10.0", "Cms.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["Cms__DataDirectory"] = dataDirectory;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["SearchLimits__PerMinutePerClient"] = "100000";
        start.Environment["SearchLimits__ConcurrentPerClient"] = "100";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var site = new SiteProcess(process, address);
        process.OutputDataReceived += (_, line) => site.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => site.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the site exited with {process.ExitCode} while starting:\n{site.RecentOutput}");
            }

            try
            {
                if ((await client.GetAsync("/ru/")).StatusCode == HttpStatusCode.OK)
                {
                    return site;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        site.Dispose();
        throw new TimeoutException($"the site did not start within a minute:\n{site.RecentOutput}");
    }

    /// <summary>SIGKILL: the process ends at once, whatever it was doing.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptLines && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

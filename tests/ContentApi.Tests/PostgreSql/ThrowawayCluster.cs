using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run: <c>initdb</c> into a temp folder and <c>pg_ctl start</c> on a
/// free 127.0.0.1 port, with its socket in that folder, so no system daemon or root service is needed. Stopped and
/// deleted when the run ends, whether tests passed or not. Each test asks for its own database, so tests stay independent.
/// Missing server binaries fail the tests (never skip them), naming the package to install.
/// </summary>
public sealed class ThrowawayCluster : IAsyncLifetime
{
    private const string Superuser = "postgres";

    // Bounded waits: a cluster that has not started in this time is not going to.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private string? _folder;
    private string? _binaries;
    private int _port;
    private string? _failure;

    /// <summary>Creates an empty database on the cluster and returns an Npgsql connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        Assert.True(_failure is null, _failure);
        var name = $"content_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        _binaries = FindBinaries();
        if (_binaries is null)
        {
            _failure = "The PostgreSQL server binaries (initdb, pg_ctl, postgres) are missing: install Debian's postgresql " +
                       "package (apt-get install postgresql), or run .ci/run, which does.";
            return;
        }

        _folder = Directory.CreateTempSubdirectory("contentapi-postgresql-").FullName;
        // If the run is killed rather than ended, the cluster still goes.
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
        try
        {
            await StartAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            _failure = $"The throwaway PostgreSQL cluster did not start: {ex.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        NpgsqlConnection.ClearAllPools();
        await StopAsync();
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = _port, Username = Superuser, Database = database, Timeout = 10,
        }.ConnectionString;

    private async Task StartAsync()
    {
        var data = Path.Combine(_folder!, "data");
        if (Environment.UserName == "root")
        {
            // initdb refuses to run as root: the cluster runs as the postgres user the package creates, and owns the folder.
            await RunAsync("chown", ["-R", $"{Superuser}:", _folder!]);
        }

        await RunAsync(Tool("initdb"), ["-D", data, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        _port = FreePort();
        string[] settings =
        [
            $"-p {_port}", "-c listen_addresses=127.0.0.1", $"-c unix_socket_directories={_folder}",
            // Throwaway data: durability buys nothing here and costs every commit a flush.
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            // Every app host keeps its own pool per database, and a run holds dozens of hosts at once.
            "-c max_connections=400",
        ];
        await RunAsync(Tool("pg_ctl"),
            ["-D", data, "-l", Path.Combine(_folder!, "server.log"), "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
             "-o", string.Join(' ', settings), "start"]);
    }

    private async Task StopAsync()
    {
        if (_folder is null)
        {
            return;
        }

        if (File.Exists(Path.Combine(_folder, "data", "postmaster.pid")))
        {
            try
            {
                await RunAsync(Tool("pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder is removed all the same.
            }
        }

        Directory.Delete(_folder, recursive: true);
        _folder = null;
    }

    private void StopOnExit(object? sender, EventArgs e) => StopAsync().GetAwaiter().GetResult();

    private string Tool(string name) => Path.Combine(_binaries!, name);

    /// <summary>Runs a tool, as the postgres user when this process is root; a non-zero exit throws with the tool's output.</summary>
    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments)
    {
        var asPostgres = Environment.UserName == "root" && Path.GetFileName(tool) is "initdb" or "pg_ctl";
        var start = new ProcessStartInfo(asPostgres ? "runuser" : tool)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var argument in (string[])["-u", Superuser, "--", tool])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        using var timeout = new CancellationTokenSource(StartTimeout + TimeSpan.FromSeconds(10));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(tool)} did not finish within {StartTimeout.TotalSeconds + 10} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} failed ({process.ExitCode}): {await errors} {await output}".Trim());
        }
    }

    /// <summary>pg_config's bindir, then Debian's versioned folders (newest first), then PATH: the first with all three tools.</summary>
    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (PgConfigBinDir() is { } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(version => int.TryParse(Path.GetFileName(version), out var number) ? number : 0)
                .Select(version => Path.Combine(version, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(folder => new[] { "initdb", "pg_ctl", "postgres" }.All(tool => File.Exists(Path.Combine(folder, tool))));
    }

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            var folder = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(TimeSpan.FromSeconds(10)) && process.ExitCode == 0 && folder.Length > 0 ? folder : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH: the other places are tried.
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The tests that share the one throwaway cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlTests : ICollectionFixture<ThrowawayCluster>
{
    public const string Name = "postgresql";
}

using System.Diagnostics;

namespace NewsEvents.Cli.Tests.Html;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c>; .ci/run installs it), run on a file with no network of its
/// own (no background requests, updates or sync) and a fresh profile each time. A missing browser fails
/// the test that needs it, with how to install it: these tests are never skipped.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The DOM of the page at <paramref name="path"/> once loaded and its script run, serialized.</summary>
    public static string DumpDom(string path) => Run(path, "--dump-dom").Output;

    /// <summary>A PNG screenshot of the page at <paramref name="path"/>, 1280 by 2000 pixels.</summary>
    public static byte[] Screenshot(string path)
    {
        var png = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".png");
        Run(path, $"--screenshot={png}", "--window-size=1280,2000");
        File.Exists(png).Should().BeTrue("chromium writes the screenshot");
        return File.ReadAllBytes(png);
    }

    private static string Executable()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "chromium")).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException("chromium is not installed: these tests render the report in headless Chromium. Install it with 'apt-get install -y chromium' (.ci/run does).");
    }

    private static (string Output, string Error) Run(string path, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("newsevents-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}" }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(path)).AbsoluteUri);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout}.");
            }

            process.ExitCode.Should().Be(0, "chromium said: {0}", error.Result);
            return (output.Result, error.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

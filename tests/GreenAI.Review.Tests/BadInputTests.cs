using GreenAI.Review.Cli;
using GreenAI.Review.Tests.Infrastructure;

namespace GreenAI.Review.Tests;

/// <summary>Every log the tool cannot use gives a message that says why, exit code 2, and never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly Logs _logs = new();

    [Fact]
    public void A_missing_log_is_named()
    {
        var run = ToolRun.Run("report", "/no/such/build.sarif");

        AssertBadInput(run, "/no/such/build.sarif: no such file");
    }

    [Fact]
    public void An_empty_log_says_the_build_did_not_write_it()
    {
        var run = ToolRun.Run("report", _logs.Write("empty.sarif", ""));

        AssertBadInput(run, "is empty");
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var run = ToolRun.Run("report", _logs.Write("broken.sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ {\n"));

        AssertBadInput(run, "invalid JSON (line");
    }

    [Fact]
    public void A_sarif_1_log_says_how_to_get_a_2_1_one()
    {
        var run = ToolRun.Run("report", _logs.Write("v1.sarif", """{ "$schema": "http://json.schemastore.org/sarif-1.0.0", "version": "1.0.0", "runs": [] }"""));

        AssertBadInput(run, "is a SARIF 1.0.0 log");
        Assert.Contains("version=2.1", run.Error);
    }

    [Fact]
    public void A_log_of_another_tool_says_the_analyzers_did_not_run()
    {
        var run = ToolRun.Run("report", _logs.Write("eslint.sarif", """
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "ESLint", "rules": [ { "id": "no-unused-vars" } ] } },
              "results": [ { "ruleId": "no-unused-vars", "message": { "text": "x is unused" } } ] } ] }
            """));

        AssertBadInput(run, "written by ESLint");
        Assert.Contains("did not run", run.Error);
    }

    [Fact]
    public void Json_that_is_not_a_log_is_refused()
    {
        AssertBadInput(ToolRun.Run("report", _logs.Write("array.sarif", "[1, 2, 3]")), "invalid JSON");
        AssertBadInput(ToolRun.Run("report", _logs.Write("object.sarif", """{ "name": "package.json" }""")), "not a SARIF 2.1 log");
    }

    [Fact]
    public void A_log_with_no_GreenAI_result_is_an_empty_report_with_a_note()
    {
        var run = ToolRun.Run("report", _logs.Compiler("quiet.sarif"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("No GreenAI diagnostic in this build", run.Output);
        Assert.Contains("reported nothing", run.Error);
    }

    [Fact]
    public void Results_without_properties_are_sites_without_estimates_matched_by_line()
    {
        var path = _logs.Compiler("old.sarif", Logs.Result("GAI002", "Bot.cs", 12, "ChatClient.CompleteChat is called in a loop that nothing bounds"));

        var run = ToolRun.Run("report", path, "--format", "text");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("line 12", run.Output);
        Assert.Contains("GAI002", run.Output);
        Assert.Contains("no 'site' property", run.Error);
        Assert.Contains("no GAI010 estimate", run.Error);
    }

    [Fact]
    public void Two_logs_of_different_projects_are_refused_by_diff_and_merged_by_report()
    {
        var shop = _logs.Compiler("shop.sarif", Logs.Estimate("Shop/Bot.cs", 10, "Shop.Bot.Run|ChatClient.CompleteChat", "gpt-4o", 0.85, 1.53));
        var crm = _logs.Compiler("crm.sarif", Logs.Estimate("Crm/Mailer.cs", 20, "Crm.Mailer.Send|ChatClient.CompleteChat", "gpt-4o-mini", 0.0357, 0.0454));

        AssertBadInput(ToolRun.Run("diff", shop, crm), "share no source file");
        var report = ToolRun.Run("report", shop, crm, "--format", "json");
        Assert.Equal(ExitCodes.Success, report.ExitCode);
        Assert.Contains("Shop/Bot.cs", report.Output);
        Assert.Contains("Crm/Mailer.cs", report.Output);
    }

    [Fact]
    public void Bad_command_lines_exit_with_2_and_say_why()
    {
        AssertBadInput(ToolRun.Run("report"), "error:");
        AssertBadInput(ToolRun.Run("report", Logs.Sample("base"), "--format", "html"), "html");
        AssertBadInput(ToolRun.Run("diff", Logs.Sample("base"), Logs.Sample("head"), "--fail-on", "ratio>two"), "'ratio>two' is not a condition");
    }

    [Fact]
    public void An_unwritable_output_file_is_a_message()
    {
        var run = ToolRun.Run("report", Logs.Sample("base"), "--output", "/no/such/folder/report.md");

        AssertBadInput(run, "cannot be written");
    }

    /// <summary>
    /// A build log of 1 GiB (3.5 million results, one of them GreenAI's) is read by the tool as a user runs it, in its own
    /// process whose GC heap is capped at 256 MB: reading the whole log into memory (2.2 GB before results were streamed)
    /// fails there.
    /// </summary>
    [Fact]
    public async Task A_1_GiB_log_is_read_within_a_256_MB_heap()
    {
        var path = Path.Combine(Path.GetTempPath(), $"greenai-large-{Guid.NewGuid():N}.sarif");
        try
        {
            LargeLog.Write(path, targetBytes: 1024L * 1024 * 1024);
            Assert.True(new FileInfo(path).Length >= 1024L * 1024 * 1024);

            var (exitCode, output, error) = await RunToolProcess(heapLimit: "0x10000000", "report", path, "--format", "json");

            Assert.True(exitCode == ExitCodes.Success, error);
            Assert.Contains("\"callSites\": 1", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// A log of GreenAI results only (256 MB, about 300,000 call sites) in a 384 MB heap: the results keep their texts
    /// once each (3.5 GB of memory before). docs/review-ci.md gives the figures for a 1 GiB one.
    /// </summary>
    [Fact]
    public async Task A_log_of_a_few_hundred_thousand_GreenAI_results_is_read_within_a_384_MB_heap()
    {
        var path = Path.Combine(Path.GetTempPath(), $"greenai-large-{Guid.NewGuid():N}.sarif");
        try
        {
            int results = LargeLog.WriteGreenAIOnly(path, targetBytes: 256L * 1024 * 1024);

            var (exitCode, output, error) = await RunToolProcess(heapLimit: "0x18000000", "report", path, "--format", "json");

            Assert.True(exitCode == ExitCodes.Success, error);
            Assert.Contains($"\"callSites\": {results}", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Custom_properties_of_any_JSON_kind_are_read_and_the_odd_ones_skipped()
    {
        var log = _logs.Write("kinds.sarif", """
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "csc", "rules": [ { "id": "GAI010" } ] } }, "results": [
              { "ruleId": "GAI010", "message": { "text": "gpt-4o" }, "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/app/Bot.cs" }, "region": { "startLine": 3 } } } ],
                "properties": { "customProperties": { "nested": { "a": [1, { "b": null }] }, "list": [ "x" ], "none": null, "flag": true,
                  "site": "Bot.Run|ChatClient.CompleteChat", "model": "gpt-4o", "energy_wh_min": 0.5, "energy_wh_max": "1.5", "method": "m" } } } ] } ] }
            """);

        var run = ToolRun.Run("report", log, "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\"member\": \"Bot.Run\"", run.Output);
        Assert.Contains("\"min\": 0.5", run.Output); // a number property reads as the number it is
        Assert.Contains("\"max\": 1.5", run.Output);
    }

    /// <summary>The packed tool's entry point in a process of its own, its GC heap capped (DOTNET_GCHeapHardLimit, hex bytes).</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunToolProcess(string heapLimit, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dotnet-greenai.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = heapLimit;
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output, await error);
    }

    private static void AssertBadInput(ToolRun run, string message)
    {
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(run.ShowsStackTrace, run.Error);
    }

    [Fact]
    public void A_sarif_1_log_says_to_build_with_version_2_1()
    {
        var log = _logs.Write("v1.sarif", """{ "$schema": "http://json.schemastore.org/sarif-1.0.0", "version": "1.0.0", "runs": [ { "tool": { "name": "Microsoft (R) Visual C# Compiler" }, "results": [ { "ruleId": "GAI010", "locations": [ { "resultFile": { "uri": "file:///a.cs" } } ] } ] } ] }""");

        var run = ToolRun.Run("report", log);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("is a SARIF 1.0.0 log; the review tool reads SARIF 2.1", run.Error);
    }

    [Fact]
    public void A_diff_option_given_to_report_and_a_missing_root_are_refused_by_name()
    {
        var log = Logs.Sample("base");

        var option = ToolRun.Run("report", log, "--fail-on", "new-any");
        var root = ToolRun.Run("report", log, "--root", "/no/such/folder");
        var headRoot = ToolRun.Run("diff", log, Logs.Sample("head"), "--head-root", "/no/such/folder");

        Assert.Equal(ExitCodes.BadInput, option.ExitCode);
        Assert.Contains("report has no option --fail-on", option.Error);
        Assert.Equal(ExitCodes.BadInput, root.ExitCode);
        Assert.Contains("--root /no/such/folder: no such folder", root.Error);
        Assert.Equal(ExitCodes.BadInput, headRoot.ExitCode);
    }

    [Theory]
    [InlineData("-1", "2")]
    [InlineData("0.5", "1e308")]
    public void Energies_no_call_can_have_are_refused_with_a_message(string min, string max)
    {
        var log = _logs.Compiler("absurd.sarif", Logs.Result("GAI010", "Bot.cs", 3, "gpt-4o", new()
        {
            ["site"] = "Bot.Run|ChatClient.CompleteChat", ["model"] = "gpt-4o", ["energy_wh_min"] = min, ["energy_wh_max"] = max, ["method"] = "m",
        }));

        var run = ToolRun.Run("report", log);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("which no call can need", run.Error);
    }

    [Fact]
    public void A_NUL_in_a_path_is_a_bad_log_not_a_crash()
    {
        var log = _logs.Write("nul.sarif", File.ReadAllText(_logs.Compiler("ok.sarif", Logs.Estimate("Bot.cs", 3, "Bot.Run|ChatClient.CompleteChat", "gpt-4o", 0.6, 1)))
            .Replace("file:///src/app/Bot.cs", "file:///src/app/Bo\\u0000t.cs"));

        var run = ToolRun.Run("report", log);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("NUL", run.Error);
    }

    [Fact]
    public void A_deep_path_costs_little_memory()
    {
        var deep = "file:///" + string.Join("/", Enumerable.Repeat("d", 20_000)) + "/Bot.cs";
        var log = _logs.Write("deep.sarif", File.ReadAllText(_logs.Compiler("ok2.sarif", Logs.Estimate("Bot.cs", 3, "Bot.Run|ChatClient.CompleteChat", "gpt-4o", 0.6, 1)))
            .Replace("file:///src/app/Bot.cs", deep));
        long before = GC.GetTotalAllocatedBytes(precise: true);

        var run = ToolRun.Run("report", log, "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 200_000_000, "a 40,000-character path should not allocate hundreds of megabytes");
    }

    public void Dispose() => _logs.Dispose();
}

using GreenAI.Impact.Media;

namespace GreenAI.Analyzers.Tests.Media;

/// <summary>media-job-endpoints.tsv: every row reads, and URI shapes match the provider they name and nothing else.</summary>
public class MediaJobEndpointsTests
{
    private const char H = MediaJobEndpoints.Hole;

    [Fact]
    public void Every_row_of_the_table_reads()
    {
        using var stream = typeof(MediaJobEndpoints).Assembly.GetManifestResourceStream("GreenAI.Impact.media-job-endpoints.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            rows += line.Length > 0 && line[0] != '#' ? 1 : 0;
        }

        Assert.Equal(11, rows);
        Assert.Equal(rows, MediaJobEndpoints.RowCount);
    }

    [Theory]
    [InlineData("https://api.openai.com/v1/videos/video_123", "openai")]
    [InlineData("\u0001/v1/videos/\u0001", "openai")]
    [InlineData("\u0001/openai/v1/video/generations/jobs/\u0001?api-version=preview", "azure_openai")]
    [InlineData("https://api.dev.runwayml.com/v1/tasks/\u0001", "runway")]
    [InlineData("https://api.replicate.com/v1/predictions/\u0001", "replicate")]
    [InlineData("v1/predictions/\u0001", "replicate")]
    [InlineData("https://api.together.xyz/v2/videos/\u0001", "together")]
    [InlineData("https://queue.fal.run/\u0001/requests/\u0001/status", "fal")]
    [InlineData("https://api.lumalabs.ai/dream-machine/v1/generations/\u0001", "luma")]
    [InlineData("https://api.aimlapi.com/v2/video/generations?generation_id=\u0001", "aimlapi")]
    [InlineData("https://api.minimax.io/v1/query/video_generation?task_id=\u0001", "minimax")]
    [InlineData("https://api.stability.ai/v2beta/results/\u0001", "stability")]
    public void A_status_uri_names_its_provider(string shape, string provider) => Assert.Equal(provider, MediaJobEndpoints.ProviderOf(shape));

    [Theory]
    [InlineData("\u0001/v1/tasks/\u0001")]                          // generic path, host not written
    [InlineData("https://api.example.com/v1/tasks/\u0001")]          // another host's tasks
    [InlineData("https://api.openai.com/v1/videos/\u0001/content")]  // the download, not the status
    [InlineData("https://api.openai.com/v1/videos")]                 // the creation
    [InlineData("https://\u0001.runwayml.com/v1/tasks")]             // no id
    public void Other_uris_name_none(string shape) => Assert.Null(MediaJobEndpoints.ProviderOf(shape));
}

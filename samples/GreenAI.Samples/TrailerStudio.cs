using System.ClientModel;
using OpenAI.Videos;

namespace GreenAI.Samples;

/// <summary>Waits for a generated video: polls the job until it is done.</summary>
public sealed class TrailerStudio
{
    private readonly VideoClient _videos = new(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "not-set");

    public async Task<string> WaitAsync(string videoId)
    {
        string status = "queued";
        while (status is not ("completed" or "failed"))
        {
            ClientResult job = await _videos.GetVideoAsync(videoId);
            status = job.GetRawResponse().Content.ToString().Contains("\"completed\"") ? "completed" : "in_progress";
        }

        return status;
    }
}

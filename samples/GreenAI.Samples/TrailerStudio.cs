using System.ClientModel;
using OpenAI.Videos;

namespace GreenAI.Samples;

/// <summary>Orders a trailer from Sora and waits for it: polls the job until it is done.</summary>
public sealed class TrailerStudio
{
    private readonly VideoClient _videos = new(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "not-set");

    public async Task<ClientResult> StartAsync(string prompt)
    {
        // A 12-second clip at 1792x1024 from the pro model: GAI004 estimates it and offers 8 s or 1280x720.
        var request = new { model = "sora-2-pro", prompt, seconds = "12", size = "1792x1024" };
        return await _videos.CreateVideoAsync(BinaryContent.Create(BinaryData.FromObjectAsJson(request)), "application/json");
    }

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

namespace Google.GenAI;

/// <summary>Stand-in: the entry point of the Google GenAI SDK (Gemini API or Vertex AI).</summary>
public sealed class Client : System.IAsyncDisposable
{
    public Client(string? apiKey = null, bool? vertexAI = null, string? project = null, string? location = null)
    {
    }

    public Models Models { get; } = new();

    public Live Live { get; } = new();

    public Operations Operations { get; } = new();

    public System.Threading.Tasks.ValueTask DisposeAsync() => default;
}

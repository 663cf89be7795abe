using System.Threading;
using System.Threading.Tasks;
using Google.GenAI.Types;

namespace Google.GenAI;

/// <summary>Stand-in: model calls. Only video generation is copied.</summary>
public sealed class Models
{
    public Task<GenerateVideosOperation> GenerateVideosAsync(string model, GenerateVideosSource source, GenerateVideosConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");
}

/// <summary>Stand-in: long-running operations (polling a video job).</summary>
public sealed class Operations
{
    public Task<GenerateVideosOperation> GetAsync(GenerateVideosOperation operation, GetOperationConfig? config, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");
}

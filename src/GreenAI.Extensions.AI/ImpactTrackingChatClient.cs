using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>
/// Gives each chat response its measured impact (<see cref="ChatImpactExtensions.GetImpact(ChatResponse)"/>), adds it
/// to the <c>GreenAI.Extensions.AI</c> counters and to the GenAI activity. The response, its updates and any exception
/// of the inner client pass through untouched; when a number cannot be computed the impact says why.
/// </summary>
public sealed class ImpactTrackingChatClient : DelegatingChatClient
{
    private readonly ImpactTrackingOptions _options;
    private readonly Func<long> _timestamp;
    private readonly ImpactInstruments _instruments;
    private readonly MetadataOnce<ChatClientMetadata> _metadata;

    /// <param name="meterFactory">The host's meter factory (<c>UseImpactTracking</c> takes it from the pipeline's
    /// services); null: the client creates its meter and disposes it with itself.</param>
    public ImpactTrackingChatClient(IChatClient innerClient, ImpactTrackingOptions? options = null, IMeterFactory? meterFactory = null)
        : this(innerClient, options, Stopwatch.GetTimestamp, meterFactory)
    {
    }

    /// <param name="timestamp">The clock, in <see cref="Stopwatch"/> ticks (tests give their own).</param>
    internal ImpactTrackingChatClient(IChatClient innerClient, ImpactTrackingOptions? options, Func<long> timestamp, IMeterFactory? meterFactory = null)
        : base(innerClient)
    {
        _options = options ?? new ImpactTrackingOptions();
        _options.Validate();
        _timestamp = timestamp;
        _instruments = new ImpactInstruments(_options.SourceName, meterFactory);
        _metadata = new MetadataOnce<ChatClientMetadata>(type => InnerClient.GetService(type));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _instruments.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        long start = _timestamp();
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            ImpactGuard.Record(_instruments, ChatImpact.Unknown("the call failed or was cancelled", RequestModel(options)), () => Tags(options, null), exception.GetType().FullName);
            throw;
        }

        var latency = Elapsed(start);
        var modelId = response.ModelId ?? RequestModel(options);
        var impact = ImpactGuard.Compute(
            () => RuntimeImpact.Compute(modelId, response.Usage?.OutputTokenCount, latency, Metadata?.ProviderName, _options, ModelCalls(response)),
            reason => ChatImpact.Unknown(reason, modelId));
        Attach(response, impact);
        ImpactGuard.Record(_instruments, impact, () => Tags(options, response.ModelId));
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long start = _timestamp();
        var stream = new StreamAggregate();
        bool completed = false;
        try
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                stream.Add(update);
                yield return update;
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                // Failed, cancelled, or the caller stopped reading: the exception (if any) goes on untouched.
                ImpactGuard.Record(_instruments, ChatImpact.Unknown("the stream did not run to its end (failed, cancelled or not read to the end)", stream.ModelId ?? RequestModel(options)), () => Tags(options, stream.ModelId), ImpactTags.OtherError);
            }
        }

        var latency = Elapsed(start);
        var impact = stream.OtherModelId != null
            ? ChatImpact.Unknown($"the stream named two models ({stream.ModelId}, then {stream.OtherModelId})", stream.ModelId)
            : ImpactGuard.Compute(() => RuntimeImpact.Compute(stream.ModelId ?? RequestModel(options), stream.OutputTokens, latency, Metadata?.ProviderName, _options), reason => ChatImpact.Unknown(reason, stream.ModelId));
        ImpactGuard.Record(_instruments, impact, () => Tags(options, stream.ModelId));

        // One last update with no content carries the impact: ToChatResponse() copies it into the response's properties.
        yield return new ChatResponseUpdate
        {
            Role = stream.Role ?? ChatRole.Assistant,
            MessageId = stream.MessageId,
            ResponseId = stream.ResponseId,
            ConversationId = stream.ConversationId,
            ModelId = stream.ModelId,
            AdditionalProperties = new AdditionalPropertiesDictionary { [ChatImpactExtensions.PropertyName] = impact },
        };
    }

    private ChatClientMetadata? Metadata => _metadata.Value;

    /// <summary>
    /// The impact on the response and on its last message: a function-invoking client outside this one gathers the
    /// messages of every model call it makes into its final response, so <see cref="ChatImpactExtensions.GetImpact(ChatResponse)"/>
    /// finds one impact per call there and adds them up.
    /// </summary>
    private static void Attach(ChatResponse response, ChatImpact impact)
    {
        (response.AdditionalProperties ??= new AdditionalPropertiesDictionary())[ChatImpactExtensions.PropertyName] = impact;
        if (response.Messages.Count > 0)
        {
            var last = response.Messages[response.Messages.Count - 1];
            (last.AdditionalProperties ??= new AdditionalPropertiesDictionary())[ChatImpactExtensions.PropertyName] = impact;
        }
    }

    /// <summary>
    /// How many model calls one response stands for: a function-invoking client inside this one makes one per assistant
    /// message (each tool-call round and the answer) and sums their usage into the response.
    /// </summary>
    private static int ModelCalls(ChatResponse response)
    {
        int calls = 0;
        foreach (var message in response.Messages)
        {
            calls += message.Role == ChatRole.Assistant ? 1 : 0;
        }

        return Math.Max(1, calls);
    }

    private string? RequestModel(ChatOptions? options) => options?.ModelId ?? Metadata?.DefaultModelId;

    /// <summary>gen_ai.provider.name is the client's <c>ChatClientMetadata.ProviderName</c> only, as M.E.AI's telemetry
    /// writes it; the EcoLogits provider of the estimate (an option) is not a GenAI provider name.</summary>
    private ImpactTags Tags(ChatOptions? options, string? responseModel) =>
        new(ImpactTags.Chat, Metadata?.ProviderName, RequestModel(options), responseModel);

    private TimeSpan Elapsed(long start) => TimeSpan.FromSeconds((_timestamp() - start) / (double)Stopwatch.Frequency);
}

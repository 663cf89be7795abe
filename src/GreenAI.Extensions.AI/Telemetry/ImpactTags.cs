namespace GreenAI.Extensions.AI;

/// <summary>The OpenTelemetry GenAI attributes a measurement is tagged with (semantic conventions, gen_ai.*).</summary>
internal readonly struct ImpactTags
{
    public const string ProviderName = "gen_ai.provider.name";
    public const string RequestModel = "gen_ai.request.model";
    public const string ResponseModel = "gen_ai.response.model";
    public const string OperationName = "gen_ai.operation.name";

    /// <summary>The exception's type when the call failed; <c>_OTHER</c> for a stream that did not run to its end.</summary>
    public const string ErrorType = "error.type";

    /// <summary>OpenTelemetry's value of error.type when no exception type is known.</summary>
    public const string OtherError = "_OTHER";

    /// <summary>gen_ai.operation.name of each operation, as Microsoft.Extensions.AI's OpenTelemetry clients write it.</summary>
    public const string Chat = "chat";
    public const string Embeddings = "embeddings";
    public const string GenerateContent = "generate_content";

    /// <summary>known or unknown: whether the request's impact could be computed.</summary>
    public const string Status = "greenai.impact.status";

    public ImpactTags(string operation, string? provider, string? requestModel, string? responseModel)
    {
        Operation = operation;
        Provider = provider;
        RequestModelId = requestModel;
        ResponseModelId = responseModel;
    }

    public string Operation { get; }

    public string? Provider { get; }

    public string? RequestModelId { get; }

    public string? ResponseModelId { get; }
}

namespace GreenAI.Extensions.AI;

/// <summary>The OpenTelemetry GenAI attributes a measurement is tagged with (semantic conventions, gen_ai.*).</summary>
internal readonly struct ImpactTags
{
    public const string ProviderName = "gen_ai.provider.name";
    public const string RequestModel = "gen_ai.request.model";
    public const string ResponseModel = "gen_ai.response.model";
    public const string OperationName = "gen_ai.operation.name";
    public const string Chat = "chat";

    /// <summary>known or unknown: whether the request's impact could be computed.</summary>
    public const string Status = "greenai.impact.status";

    public ImpactTags(string? provider, string? requestModel, string? responseModel)
    {
        Provider = provider;
        RequestModelId = requestModel;
        ResponseModelId = responseModel;
    }

    public string? Provider { get; }

    public string? RequestModelId { get; }

    public string? ResponseModelId { get; }
}

namespace GreenAI.Analyzers.Sdk;

/// <summary>What a model slot holds.</summary>
internal enum SlotValue
{
    /// <summary>A model id.</summary>
    ModelId,

    /// <summary>An Azure OpenAI deployment name: a model only through green_ai.azure_deployments.</summary>
    DeploymentName,
}

/// <summary>
/// A place where code chooses a chat model, as data: a parameter of a method or constructor
/// (<c>GetChatClient(model)</c>, <c>new ChatClient(model, …)</c>, <c>AddOpenAIChatCompletion(modelId, …)</c>) or a
/// property (<c>ChatOptions.ModelId</c>, <c>MessageCreateParams.Model</c>). Embedding, image, audio and video model
/// slots are not listed here: GAI001 is about chat models.
/// </summary>
internal sealed class ModelSlotDefinition
{
    private ModelSlotDefinition(string containingType, string assembly, string? method, string? parameter, string? property, string? provider)
    {
        ContainingType = containingType;
        Assembly = assembly;
        Method = method;
        Parameter = parameter;
        Property = property;
        Provider = provider;
    }

    /// <summary>
    /// A value of a settings file that names a model or a deployment, read by code this compilation does not see
    /// (another project of the application): the provider comes from the model.
    /// </summary>
    public static readonly ModelSlotDefinition SettingsValue = new("appsettings.json", string.Empty, null, null, "value", null);

    /// <inheritdoc cref="SettingsValue"/>
    public static readonly ModelSlotDefinition SettingsDeployment = new("appsettings.json", string.Empty, null, null, "deployment", null) { Holds = SlotValue.DeploymentName };

    public string ContainingType { get; }

    public string Assembly { get; }

    /// <summary>Method name; ".ctor" for a constructor; null for a property slot.</summary>
    public string? Method { get; }

    public string? Parameter { get; }

    public string? Property { get; }

    /// <summary>EcoLogits provider the SDK fixes, or null to infer it from the model.</summary>
    public string? Provider { get; }

    public SlotValue Holds { get; private set; }

    /// <summary>The method or constructor returns a client bound to this model (<c>GetChatClient</c>, <c>AsIChatClient</c>).</summary>
    public bool CreatesClient { get; private set; }

    /// <summary>When the call also passes this parameter, this slot steps aside (SK Azure: modelId names the model of a deployment).</summary>
    public string? UnlessParameter { get; private set; }

    /// <summary>For a property slot: the output-cap property of the same object, read from the same initialiser.</summary>
    public string? OutputCapProperty { get; private set; }

    /// <summary>
    /// The runtime names models its own way (Ollama tags such as "mistral-large"): catalogue ids would not run there, so
    /// the fix only writes an alternative the user configured in green_ai.model_alternatives.
    /// </summary>
    public bool OwnModelNames { get; private set; }

    public bool IsProperty => Property != null;

    /// <summary>
    /// "OpenAI.Chat.ChatClient/.ctor/model/": what names this slot in another project's exported summary. A raw-HTTP
    /// body's slot adds its provider and runtime ("System.Net.Http.HttpClient///model/openai").
    /// </summary>
    public string Key => _key ??= ContainingType + "/" + Method + "/" + Parameter + "/" + Property
        + (string.Equals(ContainingType, RawBodyType, System.StringComparison.Ordinal) ? "/" + Provider + (OwnModelNames ? "/local" : string.Empty) : string.Empty);

    /// <summary>Every raw-HTTP body slot, so that another project's exported slot of that kind reads back.</summary>
    public static System.Collections.Generic.IEnumerable<ModelSlotDefinition> RawHttpBodies => System.Linq.Enumerable.Append(RawBodies, RawOllamaBody);

    private const string RawBodyType = "System.Net.Http.HttpClient";

    private string? _key;

    public static ModelSlotDefinition MethodParameter(string type, string assembly, string method, string parameter, string? provider) =>
        new(type, assembly, method, parameter, null, provider);

    public static ModelSlotDefinition ConstructorParameter(string type, string assembly, string parameter, string? provider) =>
        new(type, assembly, ".ctor", parameter, null, provider);

    public static ModelSlotDefinition PropertyOf(string type, string assembly, string property, string? provider) =>
        new(type, assembly, null, null, property, provider);

    // One instance per provider a host can name (and Ollama's): findings are shared by slot. A fixed set, not a cache.
    private static readonly string?[] RawBodyProviders = { null, GreenAI.Impact.Providers.OpenAI, GreenAI.Impact.Providers.Anthropic, GreenAI.Impact.Providers.Google, GreenAI.Impact.Providers.Mistral, GreenAI.Impact.Providers.Cohere };
    private static readonly ModelSlotDefinition[] RawBodies = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(RawBodyProviders, RawBody));
    private static readonly ModelSlotDefinition RawOllamaBody = RawBody(null).LocalRuntime();

    /// <summary>
    /// The <c>model</c> field of a chat request sent over raw HTTP, for a provider the host names (null: from the model),
    /// Ollama's with its own model names.
    /// </summary>
    public static ModelSlotDefinition RawHttpBody(string? provider, bool localRuntime) =>
        localRuntime ? RawOllamaBody : RawBodies[System.Math.Max(0, System.Array.IndexOf(RawBodyProviders, provider))];

    private static ModelSlotDefinition RawBody(string? provider) => new(RawBodyType, "System.Net.Http", null, null, "model", provider);

    /// <summary>The same slot for another spelling of the SDK (<see cref="BetalgoSpellings"/>).</summary>
    public ModelSlotDefinition Renamed(string containingType, string assembly) =>
        new(containingType, assembly, Method, Parameter, Property, Provider)
        {
            Holds = Holds,
            CreatesClient = CreatesClient,
            UnlessParameter = UnlessParameter,
            OutputCapProperty = OutputCapProperty,
            OwnModelNames = OwnModelNames,
        };

    public ModelSlotDefinition Client()
    {
        CreatesClient = true;
        return this;
    }

    public ModelSlotDefinition LocalRuntime()
    {
        OwnModelNames = true;
        return this;
    }

    public ModelSlotDefinition Cap(string outputCapProperty)
    {
        OutputCapProperty = outputCapProperty;
        return this;
    }

    public ModelSlotDefinition Deployment(string? unlessParameter = null)
    {
        Holds = SlotValue.DeploymentName;
        UnlessParameter = unlessParameter;
        return this;
    }
}

using System.Collections.Immutable;

namespace GreenAI.Analyzers.Sdk;

/// <summary>
/// One family of paid model calls, as data: the type and methods that call the model, where the model id and the
/// output cap are written, and who serves it. See docs/sdk-surfaces.md for the SDK facts behind each entry.
/// </summary>
internal sealed class ModelCallDefinition
{
    public ModelCallDefinition(
        SdkFamily sdk,
        string containingType,
        string assembly,
        ImmutableArray<string> methods,
        ModelSource modelSource,
        string? argumentType = null,
        string? modelProperty = null,
        string? outputCapProperty = null,
        string? provider = null,
        Modality modality = Modality.Chat,
        string? modelParameter = null)
    {
        Modality = modality;
        ModelParameter = modelParameter;
        Sdk = sdk;
        ContainingType = containingType;
        Assembly = assembly;
        Methods = methods;
        ModelSource = modelSource;
        ArgumentType = argumentType;
        ModelProperty = modelProperty;
        OutputCapProperty = outputCapProperty;
        Provider = provider;
    }

    public SdkFamily Sdk { get; }

    /// <summary>
    /// The call goes through a Microsoft.Extensions.AI client, whose pipeline (built in sight or elsewhere) may cap,
    /// cache or change every call: the rules read the pipeline before they judge the call.
    /// </summary>
    public bool ThroughChatClientPipeline => Sdk == SdkFamily.ExtensionsAI;

    /// <summary>Metadata name of the type that declares the methods.</summary>
    public string ContainingType { get; }

    /// <summary>Name of the assembly that declares it (some type names exist in two assemblies).</summary>
    public string Assembly { get; }

    public ImmutableArray<string> Methods { get; }

    public ModelSource ModelSource { get; }

    public Modality Modality { get; }

    /// <summary>A second property that also caps the output (Betalgo's MaxCompletionTokens beside MaxTokens).</summary>
    public string? AlternativeCapProperty { get; private set; }

    /// <summary>The same entry for another spelling of the SDK (<see cref="BetalgoSpellings"/>).</summary>
    public ModelCallDefinition Renamed(string containingType, string assembly, string? argumentType)
    {
        var twin = new ModelCallDefinition(Sdk, containingType, assembly, Methods, ModelSource, argumentType, ModelProperty, OutputCapProperty, Provider, Modality, ModelParameter);
        return AlternativeCapProperty == null ? twin : twin.WithAlternativeCap(AlternativeCapProperty);
    }

    public ModelCallDefinition WithAlternativeCap(string property)
    {
        AlternativeCapProperty = property;
        return this;
    }

    /// <summary>For <see cref="ModelSource.ParameterThenRequest"/>: the name of the model parameter.</summary>
    public string? ModelParameter { get; }

    /// <summary>Metadata name of the options/request parameter type that carries the model or the output cap.</summary>
    public string? ArgumentType { get; }

    /// <summary><see cref="ArgumentType"/> as a fix writes it ("global::OpenAI.Chat.ChatCompletionOptions"), made once.</summary>
    public string? QualifiedArgumentType => ArgumentType == null ? null : _qualifiedArgumentType ??= "global::" + ArgumentType;

    private string? _qualifiedArgumentType;

    public string? ModelProperty { get; }

    public string? OutputCapProperty { get; }

    /// <summary>EcoLogits provider key when the SDK fixes it; null to infer it from the model.</summary>
    public string? Provider { get; }
}

using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers;

/// <summary>Every descriptor of the package, with its category and its help link into rules.md.</summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/greenai-analyzers/GreenAI.Analyzers/blob/main/rules.md#";

    public static class Categories
    {
        public const string Impact = "GreenAI.Impact";
        public const string ModelChoice = "GreenAI.ModelChoice";
        public const string Repetition = "GreenAI.Repetition";
        public const string Configuration = "GreenAI.Configuration";
    }

    public static readonly DiagnosticDescriptor UnboundedLoop = new(
        DiagnosticIds.UnboundedLoop,
        title: "Model call in a loop that nothing bounds",
        messageFormat: "{0} is called in a loop that nothing bounds: {1}; {2}",
        Categories.Repetition,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model call (chat, agent run, image, video, embedding, or polling a generation job) repeats until the model's output or a job's status says stop, with no iteration limit: agent and polling loops can run, and bill energy, without end. Cap the iterations.",
        helpLinkUri: HelpLink(DiagnosticIds.UnboundedLoop));

    public static readonly DiagnosticDescriptor CallPerItem = new(
        DiagnosticIds.CallPerItem,
        title: "One model call per item",
        messageFormat: "{0} runs once per item of {1}: {2}",
        Categories.Repetition,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A model call inside a loop over a collection (foreach, for over Count, Select, Parallel.ForEach, List.ForEach) multiplies its cost by the number of items. Batch embeddings, or move a loop-invariant request out of the loop.",
        helpLinkUri: HelpLink(DiagnosticIds.CallPerItem));

    public static readonly DiagnosticDescriptor LargeModel = new(
        DiagnosticIds.LargeModel,
        title: "Large model where a smaller one would do",
        messageFormat: "{0} {1} per call; {2} {3} ({4} less) ({5})",
        Categories.ModelChoice,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A large chat model is chosen where the same provider offers a smaller model of the same generation. Under the EcoLogits method the smaller model uses many times less energy per output token. Use the small model unless the task needs the large one.",
        helpLinkUri: HelpLink(DiagnosticIds.LargeModel));

    public static readonly DiagnosticDescriptor VideoGeneration = new(
        DiagnosticIds.VideoGeneration,
        title: "Video generation",
        messageFormat: "Video generation ({0}): {1} {2} — proxy from open text-to-video models measured on H100 (Delavande, Pierrard and Luccioni 2025)",
        Categories.Impact,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A generated video costs as much energy as thousands of chat answers, and grows faster than linearly with its duration and resolution. No provider publishes figures for Sora or Veo: the estimate scales measured open models (Wan2.1 1.3B to 14B on H100). Generate the shortest clip at the lowest resolution that serves, and store results instead of generating them again.",
        helpLinkUri: HelpLink(DiagnosticIds.VideoGeneration));

    public static readonly DiagnosticDescriptor ImageGeneration = new(
        DiagnosticIds.ImageGeneration,
        title: "Image generation",
        messageFormat: "Image generation ({0}): {1} {2} — proxy from open image models measured on H100 (SD3 Medium to SDXL, MIT Technology Review and AI Energy Score 2025)",
        Categories.Impact,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "One 1024x1024 image from an open diffusion model measured on an H100 takes about 0.6 to 2.1 Wh, as much as 14 to 60 short gpt-4o-mini answers under EcoLogits, and more with more pixels. No provider publishes figures for gpt-image, DALL-E or Imagen: the estimate scales measured open diffusion models at 1024x1024. Generate the smallest size and quality that serves, and store results.",
        helpLinkUri: HelpLink(DiagnosticIds.ImageGeneration));

    public static readonly DiagnosticDescriptor RepeatedRequest = new(
        DiagnosticIds.RepeatedRequest,
        title: "The same request on every run, with no cache",
        messageFormat: "{0} sends the same fixed request each time {1} runs, and nothing caches the answer: {2}",
        Categories.Repetition,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A chat request made only of constants (prompt and options) in code that runs once per incoming request asks the model the same question again and again. Cache the answer: UseDistributedCache in a Microsoft.Extensions.AI pipeline, or IMemoryCache/HybridCache GetOrCreateAsync around the call.",
        helpLinkUri: HelpLink(DiagnosticIds.RepeatedRequest));

    public static readonly DiagnosticDescriptor UnknownModel = new(
        DiagnosticIds.UnknownModel,
        title: "Model not in the impact catalogue",
        messageFormat: "Model '{0}' is not in the EcoLogits 0.9.1 model repository, so its calls get no estimate; declare it with green_ai.model.{1}.active_params = <billions> (and .total_params for a mixture of experts) in .editorconfig",
        Categories.ModelChoice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A constant model id that the model repository does not know, after normalisation. Reported once per id and compilation. Declared models are honoured by every rule.",
        helpLinkUri: HelpLink(DiagnosticIds.UnknownModel),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor EstimatedImpact = new(
        DiagnosticIds.EstimatedImpact,
        title: "Estimated impact of an AI call",
        messageFormat: "{0}: {1} per call ({2})",
        Categories.Impact,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "The energy, greenhouse-gas and water estimate of a model call whose model id is a constant, from the EcoLogits v0.9.1 method. Off by default; switch it on with dotnet_diagnostic.GAI010.severity = suggestion.",
        helpLinkUri: HelpLink(DiagnosticIds.EstimatedImpact));

    public static readonly DiagnosticDescriptor NoOutputCap = new(
        DiagnosticIds.NoOutputCap,
        title: "No output cap",
        messageFormat: "{0} {1}: output tokens drive the energy of a call; cap them with {2} = {3}",
        Categories.ModelChoice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A text-generation call whose options set no output cap, or an Anthropic MaxTokens above green_ai.max_output_tokens. Under the EcoLogits method the energy of a call is proportional to its output tokens; a cap bounds it.",
        helpLinkUri: HelpLink(DiagnosticIds.NoOutputCap));

    public static readonly DiagnosticDescriptor HighReasoningEffort = new(
        DiagnosticIds.HighReasoningEffort,
        title: "High reasoning effort",
        messageFormat: "{0}: reasoning tokens are output tokens, which drive the energy of a call; use {1} where the task allows",
        Categories.ModelChoice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A reasoning model asked for High, ExtraHigh or Max effort, or given a large extended-thinking budget, writes more hidden reasoning tokens; they are generated like any output token and cost energy in proportion. Lower the effort or the budget for classification, extraction and other short tasks.",
        helpLinkUri: HelpLink(DiagnosticIds.HighReasoningEffort));

    public static readonly DiagnosticDescriptor UnreadableOption = new(
        DiagnosticIds.UnreadableOption,
        title: "GreenAI option value cannot be read",
        messageFormat: "{0} = '{1}' cannot be read: expected {2}; using {3} instead",
        Categories.Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An .editorconfig or global AnalyzerConfig value of a green_ai.* option that this package cannot read. The default is used instead. Reported once per key and value in a compilation, at the first file it applies to.",
        helpLinkUri: HelpLink(DiagnosticIds.UnreadableOption),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static string HelpLink(string id) => HelpLinkBase + id.ToLowerInvariant();
}

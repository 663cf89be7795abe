using System;
using System.Collections.Generic;

namespace GreenAI.Analyzers.Sdk;

/// <summary>SDK facts beside the model calls and slots: what the rules ask about by meaning.</summary>
internal static partial class SdkCatalog
{
    /// <summary>Microsoft.Extensions.AI's client pipeline: <c>client.AsBuilder().UseX().Build()</c>.</summary>
    public static class ChatClientPipeline
    {
        public const string Namespace = "Microsoft.Extensions.AI";

        public static readonly SdkType Builder = new("Microsoft.Extensions.AI.ChatClientBuilder", "Microsoft.Extensions.AI");

        public const string AsBuilder = "AsBuilder";

        public const string Build = "Build";

        /// <summary>Pipeline steps are named Use… and return the builder (UseFunctionInvocation, UseLogging, …).</summary>
        public const string StepPrefix = "Use";

        /// <summary>The step that caches answers.</summary>
        public const string CachingStep = "UseDistributedCache";

        /// <summary>Steps that may change every call's options (the model, the output cap): ConfigureOptions, a custom Use.</summary>
        public static readonly HashSet<string> OptionChangingSteps = new(StringComparer.Ordinal) { "ConfigureOptions", "Use" };

        /// <summary>Adapters whose client caps every call by default (Anthropic's: 1024 tokens): the containing types of AsIChatClient.</summary>
        public static readonly HashSet<string> CappingAdapterTypes = new(StringComparer.Ordinal) { "AnthropicClientExtensions", "AnthropicBetaClientExtensions" };

        public const string AdapterMethod = "AsIChatClient";

        /// <summary>A client taken from a service provider was built elsewhere: its pipeline is not in sight.</summary>
        public static readonly string[] ServiceLocatorPrefixes = { "GetService", "GetRequiredService", "GetKeyedService", "GetRequiredKeyedService" };
    }

    /// <summary>Reasoning effort (OpenAI) and extended thinking (Anthropic): hidden output tokens.</summary>
    public static class Reasoning
    {
        public const string EffortProperty = "ReasoningEffortLevel";

        /// <summary>The types whose <see cref="EffortProperty"/> sets the effort.</summary>
        public static readonly SdkType[] EffortOptionTypes =
        {
            new("OpenAI.Chat.ChatCompletionOptions", "OpenAI"),
            new("OpenAI.Responses.ResponseReasoningOptions", "OpenAI"),
        };

        /// <summary>The effort level types, whose static members name the levels.</summary>
        public static readonly SdkType[] EffortLevelTypes =
        {
            new("OpenAI.Chat.ChatReasoningEffortLevel", "OpenAI"),
            new("OpenAI.Responses.ResponseReasoningEffortLevel", "OpenAI"),
        };

        /// <summary>Each high level and the level one step below it.</summary>
        public static readonly Dictionary<string, string> OneStepDown = new(StringComparer.Ordinal) { ["High"] = "Medium", ["ExtraHigh"] = "High", ["Max"] = "ExtraHigh" };

        /// <summary>Extended thinking switched on, with a budget (a constructor argument or <see cref="ThinkingBudgetProperties"/>).</summary>
        public static readonly SdkType[] ThinkingConfigTypes =
        {
            new("Anthropic.Models.Messages.ThinkingConfigEnabled", "Anthropic"),
            new("Anthropic.Models.Beta.Messages.BetaThinkingConfigEnabled", "Anthropic"),
            new("Google.GenAI.Types.ThinkingConfig", "Google.GenAI"),
        };

        /// <summary>The budget property of each SDK's thinking configuration: Anthropic's BudgetTokens, Google's ThinkingBudget.</summary>
        public static readonly string[] ThinkingBudgetProperties = { "BudgetTokens", "ThinkingBudget" };

        /// <summary>Anthropic rejects thinking budgets below this (its extended-thinking documentation).</summary>
        public const long MinimumThinkingBudget = 1024;
    }

    /// <summary>.NET methods that run a lambda once per item of a collection (compared by full type name: some are defined in two assemblies).</summary>
    public static class PerItemIterators
    {
        public static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "Select", "SelectMany", "ForEach", "ForEachAsync" };

        public static readonly string[] Types =
        {
            "System.Linq.Enumerable", "System.Linq.ParallelEnumerable", "System.Linq.AsyncEnumerable",
            "System.Threading.Tasks.Parallel", "System.Collections.Generic.List",
        };
    }

    /// <summary>
    /// Methods that run a lambda where they are called, before they return: the lambda repeats as often as the call does.
    /// Task.Run and StartNew; a resilience policy's Execute (Polly 7's policies, Polly 8's pipelines: a retry runs it
    /// again only when it fails); a console's live display around the work (Spectre.Console's Status, Progress, Live).
    /// </summary>
    public static class ImmediateRunners
    {
        public static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
        {
            "Run", "StartNew", "Execute", "ExecuteAsync", "ExecuteAndCapture", "ExecuteAndCaptureAsync", "ExecuteOutcomeAsync", "Start", "StartAsync",
        };

        public static readonly string[] Types =
        {
            "System.Threading.Tasks.Task", "System.Threading.Tasks.TaskFactory",
            "Polly.Policy", "Polly.AsyncPolicy", "Polly.ISyncPolicy", "Polly.IAsyncPolicy", "Polly.ResiliencePipeline",
            "Spectre.Console.Status", "Spectre.Console.Progress", "Spectre.Console.LiveDisplay",
        };
    }

    /// <summary>
    /// SDK helpers that run a model in a loop of their own — call it, run the tools it asks for, call it again — until
    /// it stops asking, capped only by their iteration parameter.
    /// </summary>
    public static class AgentRunners
    {
        public static readonly AgentRunner[] All =
        {
            new(new("Anthropic.Helpers.Beta.BetaToolRunnerExtensions", "Anthropic"), "ToolRunner", "maxIterations", "Anthropic.Services.Beta.IMessageService"),
            new(new("Anthropic.Helpers.Beta.BetaMessageThread", "Anthropic"), "ToolRunner", "maxIterations", "Anthropic.Services.Beta.IMessageService"),
            new(new("Anthropic.Helpers.Beta.BetaMessageThread`1", "Anthropic"), "ToolRunner", "maxIterations", "Anthropic.Services.Beta.IMessageService"),
        };
    }
}

/// <summary>An SDK method that runs a model loop, the parameter that caps it, and the model call it repeats.</summary>
internal sealed class AgentRunner
{
    public AgentRunner(SdkType type, string method, string capParameter, string repeatedCallType) =>
        (Type, Method, CapParameter, RepeatedCallType) = (type, method, capParameter, repeatedCallType);

    public SdkType Type { get; }

    public string Method { get; }

    public string CapParameter { get; }

    /// <summary>The catalogue's model call the runner makes each turn (its model and request are read as that call's).</summary>
    public string RepeatedCallType { get; }
}

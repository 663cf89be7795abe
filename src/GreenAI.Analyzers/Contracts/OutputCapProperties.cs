namespace GreenAI.Analyzers.Contracts;

/// <summary>What GAI006 writes into a diagnostic's properties and its fix (AddOutputCapCodeFixProvider) reads.</summary>
internal static class OutputCapProperties
{
    /// <summary>Which change the fix makes: one of the <c>Fix*</c> values below; absent when no fix applies.</summary>
    public const string Fix = "cap_fix";

    /// <summary>Lower the literal the diagnostic is on (an Anthropic MaxTokens above the limit).</summary>
    public const string FixLower = "lower";

    /// <summary>Add the cap to the options object at <see cref="ObjectLocation"/>.</summary>
    public const string FixAdd = "add";

    /// <summary>Pass a new options object with the cap as the omitted argument <see cref="OptionsParameter"/>.</summary>
    public const string FixArgument = "argument";

    public const string CapProperty = "cap_property";
    public const string CapValue = "cap_value";

    /// <summary>The options object to add the cap to: an index into the diagnostic's additional locations.</summary>
    public const string ObjectLocation = "object_location";

    public const string OptionsParameter = "options_parameter";

    /// <summary>The options type as the fix writes it ("global::OpenAI.Chat.ChatCompletionOptions").</summary>
    public const string OptionsType = "options_type";
}

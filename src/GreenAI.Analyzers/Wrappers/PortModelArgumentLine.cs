using System.Text;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// A model id passed as a constant to a port of the project — an interface or abstract method another project implements
/// (<see cref="LoopCallExports"/>): <c>_author.SelectBestTitlesAsync(titles, 1, "gpt-4.1")</c> in Core, whose
/// implementation in Infrastructure sends that parameter to the model. The slot is known only where the port is
/// implemented, so the choice is exported there. Written as <c>[assembly: AssemblyMetadata("GreenAI.ModelArgument", line)]</c>:
/// <c>1|assembly|doc-id|name|parameter|model id|site</c>, site as "Type.Member (File.cs:line)".
/// </summary>
internal sealed class PortModelArgumentLine : IPortLine
{
    public const string MetadataKey = "GreenAI.ModelArgument";

    private const string Version = "1";
    private const char Separator = '|';

    public PortModelArgumentLine(string assembly, string memberId, string name, string parameter, string modelId, string site)
    {
        Assembly = assembly;
        MemberId = memberId;
        Name = name;
        Parameter = parameter;
        ModelId = modelId;
        Site = site;
    }

    public string Assembly { get; }

    public string MemberId { get; }

    public string Name { get; }

    /// <summary>The port's parameter the constant is passed to ("model").</summary>
    public string Parameter { get; }

    public string ModelId { get; }

    /// <summary>Where it is passed: "WriteNewPostCommandHandler.Handle (WriteNewPostCommandHandler.cs:41)".</summary>
    public string Site { get; }

    public string Encode() => new StringBuilder(Version).Append(Separator)
        .Append(Clean(Assembly)).Append(Separator)
        .Append(Clean(MemberId)).Append(Separator)
        .Append(Clean(Name)).Append(Separator)
        .Append(Clean(Parameter)).Append(Separator)
        .Append(Clean(ModelId)).Append(Separator)
        .Append(Clean(Site)).ToString();

    /// <summary>The line, or null when it is not one this version writes (a newer package's, a damaged one).</summary>
    public static PortModelArgumentLine? Decode(string text)
    {
        var fields = text.Split(Separator);
        return fields.Length == 7 && fields[0] == Version && fields[2].Length > 0 && fields[3].Length > 0 && fields[4].Length > 0 && fields[5].Length > 0
            ? new PortModelArgumentLine(fields[1], fields[2], fields[3], fields[4], fields[5], fields[6])
            : null;
    }

    private static string Clean(string text) => ProjectExports.Field(text, Separator);
}

using System.Text;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// A call of an interface or abstract method made once per item of a collection, as the projects that reference the
/// loop's project see it (<see cref="LoopCallExports"/>): ports and adapters put the loop in one project (Application)
/// and the model call in the implementation of its port in another (Infrastructure), which references the first and is
/// compiled after it. Written as <c>[assembly: AssemblyMetadata("GreenAI.LoopCall", line)]</c>:
/// <c>1|assembly|doc-id|name|collection|site|via</c>, site as "Type.Member (File.cs:line)", via the project's own methods
/// between the loop and the port ("SubtitleTranslationService.ProcessEntryAsync", empty when the loop calls the port).
/// </summary>
internal sealed class LoopCallLine : IPortLine
{
    public const string MetadataKey = "GreenAI.LoopCall";

    private const string Version = "1";
    private const char Separator = '|';

    public LoopCallLine(string assembly, string memberId, string name, string collection, string site, string via)
    {
        Via = via;
        Assembly = assembly;
        MemberId = memberId;
        Name = name;
        Collection = collection;
        Site = site;
    }

    /// <summary>The assembly that declares the member the loop calls.</summary>
    public string Assembly { get; }

    /// <summary>The member's documentation id ("M:Shop.ISummarizer.SummarizeAsync(System.String)").</summary>
    public string MemberId { get; }

    public string Name { get; }

    /// <summary>The collection as written in the loop ("chunks").</summary>
    public string Collection { get; }

    /// <summary>Where the loop calls it: "AuditHandler.Handle (AuditHandler.cs:42)".</summary>
    public string Site { get; }

    /// <summary>The loop's project's own methods the call goes through before the port, " → "-joined; empty when none.</summary>
    public string Via { get; }

    public string Encode() => new StringBuilder(Version).Append(Separator)
        .Append(Clean(Assembly)).Append(Separator)
        .Append(Clean(MemberId)).Append(Separator)
        .Append(Clean(Name)).Append(Separator)
        .Append(Clean(Collection)).Append(Separator)
        .Append(Clean(Site)).Append(Separator)
        .Append(Clean(Via)).ToString();

    /// <summary>The line, or null when it is not one this version writes (a newer package's, a damaged one).</summary>
    public static LoopCallLine? Decode(string text)
    {
        var fields = text.Split(Separator);
        return fields.Length == 7 && fields[0] == Version && fields[2].Length > 0 && fields[3].Length > 0
            ? new LoopCallLine(fields[1], fields[2], fields[3], fields[4], fields[5], fields[6])
            : null;
    }

    private static string Clean(string text) => ProjectExports.Field(text, Separator);
}

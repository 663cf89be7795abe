using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.AppSettingsFiles;

/// <summary>A value of a settings file: its configuration key, the text, and where it is written.</summary>
internal sealed class SettingPlace
{
    private readonly SourceText _text;

    public SettingPlace(AdditionalText file, SourceText text, string key, string value, TextSpan span)
    {
        File = file;
        _text = text;
        Key = key;
        Value = value;
        Span = span;
    }

    public AdditionalText File { get; }

    public string Key { get; }

    public string Value { get; }

    public TextSpan Span { get; }

    /// <summary>The value's place in the file, for a diagnostic (the compiler prints it as <c>appsettings.json(4,14)</c>).</summary>
    public Location Location => Location.Create(File.Path, Span, _text.Lines.GetLinePositionSpan(Span));
}

using System.Globalization;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Media;

/// <summary>One field of a generation request as the code writes it: its constant (string or number) if it has one,
/// and the operation that writes it, which a fix may replace.</summary>
internal readonly struct RequestValue
{
    public RequestValue(object? constant, IOperation? operation, ISymbol? member = null, IOperation? written = null)
    {
        Constant = constant;
        Operation = operation;
        Member = member;
        Written = written ?? operation;
    }

    /// <summary>The SDK member the value was written as (<c>GeneratedImageSize.W1792xH1024</c>), when it was.</summary>
    public ISymbol? Member { get; }

    public object? Constant { get; }

    /// <summary>Null when the value came from JSON text: there is no expression to rewrite.</summary>
    public IOperation? Operation { get; }

    /// <summary>
    /// The expression the body writes, also when it is not the constant itself (<c>model = _model</c>): the model-id
    /// reader follows it to the field's initialiser or its <c>??</c> fallback. Null when the value came from JSON text.
    /// </summary>
    public IOperation? Written { get; }

    public string? Text => Constant switch
    {
        string s => s,
        null => null,
        _ => System.Convert.ToString(Constant, CultureInfo.InvariantCulture),
    };

    public double? Number =>
        Constant is string or null
            ? double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
            : System.Convert.ToDouble(Constant, CultureInfo.InvariantCulture);
}

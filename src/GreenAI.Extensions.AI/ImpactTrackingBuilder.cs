using System.Diagnostics.Metrics;

namespace GreenAI.Extensions.AI;

/// <summary>What every <c>UseImpactTracking</c> does the same way: the options, and the host's meter factory.</summary>
internal static class ImpactTrackingBuilder
{
    public static ImpactTrackingOptions Options(object builder, Action<ImpactTrackingOptions>? configure)
    {
        if (builder == null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        var options = new ImpactTrackingOptions();
        configure?.Invoke(options);
        return options;
    }

    /// <summary>The pipeline's <see cref="IMeterFactory"/>, as Microsoft.Extensions.AI's own telemetry takes it; null: the client's own meter.</summary>
    public static IMeterFactory? MeterFactory(IServiceProvider services) => services.GetService(typeof(IMeterFactory)) as IMeterFactory;
}

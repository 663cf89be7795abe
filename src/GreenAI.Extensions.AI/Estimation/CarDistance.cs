using GreenAI.Impact;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The everyday equivalent of a GWP: the distance a typical passenger car drives for it. US EPA, "Tailpipe Greenhouse
/// Gas Emissions from a Typical Passenger Vehicle" (EPA-420-F-23-014, June 2023): about 400 g of CO2 per mile.
/// Tailpipe CO2 against the response's CO2e (usage and embodied): an order of magnitude for a person, not an offset.
/// </summary>
internal static class CarDistance
{
    public const double GramsCo2PerMile = 400;
    private const double MetresPerMile = 1609.344;

    public static ValueRange MetresFor(ValueRange gwpGrams) => gwpGrams * (MetresPerMile / GramsCo2PerMile);

    /// <summary>"0.8–0.96 mm", "6.6–8.4 cm", "1.4–2.6 m", "1.2–3.4 km".</summary>
    public static string Text(ValueRange metres) =>
        metres.Max < 0.01 ? EstimateText.Range(metres * 1000) + " mm"
        : metres.Max < 1 ? EstimateText.Range(metres * 100) + " cm"
        : metres.Max < 1000 ? EstimateText.Range(metres) + " m"
        : EstimateText.Range(metres * 0.001) + " km";
}

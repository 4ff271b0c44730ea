using System.Net;
using System.Net.Sockets;

namespace ContentApi.RateLimiting;

/// <summary>
/// The bucket a request draws from: the connection's remote address, as the forwarded-headers middleware left it (it
/// believes <c>X-Forwarded-For</c> from loopback and <c>Links:TrustedProxies</c> only, so a client cannot pick its bucket).
/// </summary>
internal static class ClientAddress
{
    /// <summary>Requests with no remote address (an in-process test server, a Unix socket) share one bucket.</summary>
    public static readonly IPAddress Unknown = IPAddress.IPv6None;

    public static IPAddress Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static IPAddress Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d; one client, one bucket.
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address;
        }

        // An IPv6 host is usually handed a whole /64 and can send from any address in it: the /64 is the client.
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes);
    }
}

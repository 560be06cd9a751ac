package org.dais.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;

/**
 * The server's listening socket, bound before anything else is done. Entity IRIs name the
 * server's port, so a caller must know the port before it ingests; picking a free port, letting
 * it go and binding it again after the ingest leaves a gap in which another process can take it.
 * Bound here instead, the port is held from the start (0 lets the system pick one, {@link #port()}
 * says which), and {@link DaisServer#start(org.dais.store.DaisStore, ServerOptions, ListeningPort)}
 * serves on this very socket. A client that connects before then waits in the accept queue.
 */
public final class ListeningPort implements AutoCloseable {
    private final ServerSocketChannel channel;
    private final String host;
    private final int port;

    private ListeningPort(ServerSocketChannel channel, String host) {
        this.channel = channel;
        this.host = host;
        this.port = channel.socket().getLocalPort();
    }

    /**
     * Binds {@code host:port} now; {@link PortInUse} if something listens there already. Host as
     * {@link ServerOptions#host()}: a name, an address ({@code [::1]} bracketed or not), or
     * {@code *} / {@code 0.0.0.0} for every interface.
     */
    public static ListeningPort bind(String host, int port) {
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open();
            // As Jetty binds its own: a port whose last connections linger in TIME_WAIT can be bound again.
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(address(host, port));
            return new ListeningPort(channel, host);
        } catch (BindException e) {
            closeQuietly(channel);
            throw new PortInUse(host, port, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
    }

    /** The socket address {@code host} names ({@code *} = every interface). */
    static InetSocketAddress address(String host, int port) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equals("*") ? new InetSocketAddress(port) : new InetSocketAddress(h, port);
    }

    /** The port bound (the one the system picked when asked for 0). */
    public int port() { return port; }

    /** The host it was bound for, as given. */
    public String host() { return host; }

    /** The bound channel, handed to Jetty's connector, which then owns and closes it. */
    ServerSocketChannel channel() { return channel; }

    /** Lets the port go (a no-op once the server that took it has closed it). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the socket on port " + port, e);
        }
    }

    private static void closeQuietly(ServerSocketChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException alsoFailed) {
            // the bind failure is what the caller is told
        }
    }
}

package org.dais.server;

/** The port the server was asked to listen on is taken; the message names it and what to do. */
public final class PortInUse extends RuntimeException {
    public PortInUse(String host, int port, Throwable cause) {
        super("port " + port + " on " + host + " is in use (another dais serve?): stop that server, or choose another --port", cause);
    }
}

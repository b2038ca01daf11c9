// The HTTP/1.1 server on POSIX sockets, shared by the simulator and the relay. (Being moved here from
// Simulator/HTTP.)

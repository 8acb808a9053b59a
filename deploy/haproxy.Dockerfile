# Debian's HAProxy with RNN Lab's configuration for compose's `app` replicas (up to 20).
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends haproxy python3-minimal \
    && rm -rf /var/lib/apt/lists/*
COPY deploy/haproxy.cfg.in deploy/haproxy_config.py /opt/rnn-lab/
RUN python3 /opt/rnn-lab/haproxy_config.py --compose 20 --bind '*:80' --stats-socket /run/haproxy/admin.sock \
        > /etc/haproxy/haproxy.cfg \
    && mkdir -p /run/haproxy && haproxy -c -f /etc/haproxy/haproxy.cfg
EXPOSE 80
CMD ["haproxy", "-W", "-db", "-f", "/etc/haproxy/haproxy.cfg"]

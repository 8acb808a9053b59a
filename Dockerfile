# RNN Lab as one replica: `docker build -t rnn-lab .` then `docker run -p 8501:8501 rnn-lab`,
# or many behind HAProxy with compose.yaml. deploy/loopback_proof.py runs this file's CMD and ENV.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    STREAMLIT_SERVER_ADDRESS=0.0.0.0 STREAMLIT_SERVER_PORT=8501 STREAMLIT_SERVER_HEADLESS=true \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false
# A font with Hangul (and Latin): the chart downloads' PNGs are drawn on the server (ui/chart_export.py),
# and the slim image has no fonts at all. fonts-nanum is 10 MB; Noto CJK would be 57 MB.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-nanum && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 rnnlab
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY --chown=rnnlab:rnnlab . .
USER rnnlab
EXPOSE 8501
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2)"
CMD ["python", "-m", "streamlit", "run", "app.py"]

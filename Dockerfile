# Production image: both front ends built with Node, served with the API by uvicorn workers.
FROM node:20-bookworm-slim AS frontends
WORKDIR /src
# One npm workspace: the root lock file and every workspace's package.json, then the sources.
COPY package.json package-lock.json tsconfig.base.json ./
COPY frontend-shared/package.json ./frontend-shared/
COPY frontend-app/package.json ./frontend-app/
COPY frontend-orga/package.json ./frontend-orga/
RUN npm ci --no-audit --no-fund
COPY openapi ./openapi
COPY frontend-shared ./frontend-shared
COPY frontend-app ./frontend-app
COPY frontend-orga ./frontend-orga
RUN npm run build -w frontend-app -w frontend-orga

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIX_ENVIRONMENT=production
WORKDIR /app
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock
COPY pyproject.toml README.md alembic.ini ./
COPY api ./api
COPY domain ./domain
COPY adaptive ./adaptive
COPY migrations ./migrations
COPY content ./content
COPY openapi ./openapi
RUN pip install --no-cache-dir --no-deps .
COPY --from=frontends /src/frontend-app/dist ./frontend-app/dist
COPY --from=frontends /src/frontend-orga/dist ./frontend-orga/dist
RUN useradd --system --uid 10001 pix && mkdir -p /app/var && chown pix /app/var
USER pix
EXPOSE 8000
CMD ["sh", "-c", "pix db upgrade && pix serve --host 0.0.0.0 --port 8000 --workers ${PIX_WORKERS:-2}"]

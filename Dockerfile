# Build and run ContentApi. The SQLite file lives in /app/data (mount a volume to keep it).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ContentApi/ContentApi.csproj src/ContentApi/
RUN dotnet restore src/ContentApi/ContentApi.csproj
COPY db/ db/
COPY src/ src/
RUN dotnet publish src/ContentApi/ContentApi.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The image's non-root "app" user (APP_UID) owns only the data and media folders (compose's scale-out replicas mount
# one shared media volume there): the binaries stay read-only to the process.
RUN mkdir -p /app/data /app/media && chown "$APP_UID" /app/data /app/media
USER $APP_UID
# The root filesystem can be read-only (docker-compose.yml sets read_only): the app writes only to /app/data (the
# database, its -wal and -shm, backups) and to TMPDIR, a tmpfs in compose. There SQLite keeps the temporary files of
# large sorts (without TMPDIR it would try /var/tmp first) and the runtime its diagnostics socket.
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Content="Data Source=/app/data/content.db" \
    TMPDIR=/tmp
EXPOSE 8080
VOLUME /app/data
# The runtime image has no curl: the app's own probe asks http://127.0.0.1:8080/health/ready and exits 0 or 1. The
# start period covers migrations and the start's PRAGMA quick_check, seconds on a large database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["dotnet", "ContentApi.dll", "health"]
ENTRYPOINT ["dotnet", "ContentApi.dll"]

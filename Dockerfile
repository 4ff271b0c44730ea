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
# The image's non-root "app" user (APP_UID) owns only the data folder: the binaries stay read-only to the process.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Content="Data Source=/app/data/content.db"
EXPOSE 8080
VOLUME /app/data
ENTRYPOINT ["dotnet", "ContentApi.dll"]

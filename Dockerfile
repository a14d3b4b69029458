# The FletActors server with the sample gallery. The browser bundle (clients/web/dist) is committed, so the image
# needs no node toolchain.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish samples/FletActors.Samples -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV FletActors__BindAddress=0.0.0.0 \
    FletActors__HttpPort=8550 \
    FletActors__GrpcPort=8551 \
    DOTNET_gcServer=1
EXPOSE 8550 8551
USER app
ENTRYPOINT ["dotnet", "FletActors.Samples.dll"]

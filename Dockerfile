# Accueil in a container: the built site (dist/) served by the official nginx image (alpine-slim)
# with deploy/nginx.conf, the same file the test suite serves the site with (scripts/nginx.mjs).
# Build the site first, for the path it will live under, then the image:
#   npm run build && docker build -t accueil . && docker run --rm -p 8080:8080 accueil
#   BASE_PATH=/accueil/ npm run build && docker build --build-arg BASE_PATH=/accueil/ -t accueil . && docker run --rm -p 8080:8080 accueil
FROM nginx:stable-alpine-slim

# The path the site was built for (BASE_PATH of `npm run build`): / or /accueil/.
ARG BASE_PATH=/

# deploy/nginx.conf's three placeholders, filled in once here: port 8080, the image's web root, the path.
COPY deploy/nginx.conf /tmp/accueil-nginx.conf
RUN sed -e 's|${PORT}|8080|g' -e 's|${ROOT}|/usr/share/nginx/html|g' -e "s|\${BASE_PATH}|${BASE_PATH}|g" \
        /tmp/accueil-nginx.conf > /etc/nginx/conf.d/default.conf \
    && rm /tmp/accueil-nginx.conf /usr/share/nginx/html/*.html

COPY dist/ /usr/share/nginx/html${BASE_PATH}

EXPOSE 8080

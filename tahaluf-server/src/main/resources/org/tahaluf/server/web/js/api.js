// Calls the server's API; errors come back as {error, status} and are thrown with that message.

export async function get(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const url = query.toString() ? path + '?' + query : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  return read(response);
}

export async function post(path, body, contentType, token) {
  const headers = { 'Content-Type': contentType, Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(path, { method: 'POST', headers, body });
  return read(response);
}

async function read(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = { error: response.statusText };
  }
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : response.statusText);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

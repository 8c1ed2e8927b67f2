# The webhook server in the manager's Deployment: its port (the webhook Service's targetPort) and
# the certificate's Secret, mounted where the server reads it (WEBHOOK_CERT_DIR's default).
apiVersion: apps/v1
kind: Deployment
metadata:
  name: controller-manager
  namespace: system
spec:
  template:
    spec:
      containers:
      - name: manager
        ports:
        - name: webhook-server
          containerPort: 9443
          protocol: TCP
        volumeMounts:
        - name: webhook-certs
          mountPath: /tmp/k8s-webhook-server/serving-certs
          readOnly: true
      volumes:
      - name: webhook-certs
        secret:
          secretName: webhook-server-cert
